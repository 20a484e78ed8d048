package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.AdmissionError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counters of one config's run, per pod and per shape. */
final class FleetTally {
    private final List<PodTemplate> templates;
    private final List<PodDemand> demands;
    private final int[] pods;
    private final int[] admitted;
    private final int[] placedThenRejected;
    private final int[] rejections;
    private final int[] neverAdmitted;
    private final Map<String, Integer> byReason = new TreeMap<>();
    private int rejectedPods;
    private int unschedulablePods;
    private int kubeletRejections;
    private int crossNuma;
    private long cpuMillis;
    private long memoryBytes;

    private final List<String> extendedNames;

    FleetTally(List<PodTemplate> templates, List<PodDemand> demands, List<String> extendedNames) {
        this.templates = templates;
        this.extendedNames = extendedNames;
        this.demands = demands;
        int n = templates.size();
        pods = new int[n];
        admitted = new int[n];
        placedThenRejected = new int[n];
        rejections = new int[n];
        neverAdmitted = new int[n];
    }

    void admitted(int t, boolean crossNumaPod) {
        pods[t]++;
        admitted[t]++;
        crossNuma += crossNumaPod ? 1 : 0;
        cpuMillis += demands.get(t).cpuMillis();
        memoryBytes += demands.get(t).memoryBytes();
    }

    /** A kubelet rejection; {@code last} when the pod will not be re-created again. */
    void rejected(int t, String reason, boolean rejectedBefore, boolean last) {
        kubeletRejections++;
        rejections[t]++;
        byReason.merge(reason, 1, Integer::sum);
        placedThenRejected[t] += rejectedBefore ? 0 : 1;
        if (last) {
            pods[t]++;
            neverAdmitted[t]++;
            rejectedPods++;
        }
    }

    void unschedulable(int t, boolean rejectedBefore) {
        pods[t]++;
        neverAdmitted[t]++;
        if (rejectedBefore) {
            rejectedPods++;
        } else {
            unschedulablePods++;
        }
    }

    ConfigOutcome startFailed(FleetConfig config, boolean numaAware, String error, int arrivals) {
        return new ConfigOutcome(config.name(), config.config().topologyManagerPolicy(),
                config.config().topologyManagerScope(), numaAware, error, arrivals, 0, 0, 0, 0, Map.of(), 0, 0, 0,
                0, List.of(), List.of(), null);
    }

    ConfigOutcome outcome(FleetConfig config, boolean numaAware, int arrivals, List<NumaStranding> stranding) {
        List<ShapeOutcome> shapes = new ArrayList<>();
        for (int t = 0; t < templates.size(); t++) {
            PodDemand d = demands.get(t);
            shapes.add(new ShapeOutcome(templates.get(t).name(), describe(d), pods[t], admitted[t],
                    placedThenRejected[t], rejections[t], neverAdmitted[t]));
        }
        int admittedPods = 0;
        for (int a : admitted) {
            admittedPods += a;
        }
        return new ConfigOutcome(config.name(), config.config().topologyManagerPolicy(),
                config.config().topologyManagerScope(), numaAware, null, arrivals, admittedPods, rejectedPods,
                unschedulablePods, kubeletRejections, byReason,
                byReason.getOrDefault(AdmissionError.TOPOLOGY_AFFINITY_ERROR, 0), crossNuma, cpuMillis, memoryBytes,
                stranding, shapes, null);
    }

    /** "8 CPU, 32Gi, 1 nvidia.com/gpu"-style shape text, built from the demand. */
    private String describe(PodDemand d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.cpuMillis() % 1000 == 0 ? d.cpuMillis() / 1000 + " CPU" : d.cpuMillis() + "m CPU");
        sb.append(", ").append(Units.bytes(d.memoryBytes()));
        for (int r = 0; r < extendedNames.size(); r++) {
            if (d.extended()[r] > 0) {
                sb.append(", ").append(d.extended()[r]).append(' ').append(extendedNames.get(r));
            }
        }
        return sb.toString();
    }
}
