package dev.numaadvisor.app.check;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/** What the simulator decided, one clause per pod, for re-prompts and warnings. */
public final class Verdicts {
    private Verdicts() {
    }

    private static String verdict(PodResult p) {
        switch (p.verdict()) {
            case ADMITTED:
                return " admitted";
            case NOT_SIMULATED:
                return " not simulated (numa-advisor's limit)";
            case REJECTED:
                return " rejected (" + p.reason() + ")";
            default:
                throw new AssertionError(p.verdict());
        }
    }

    /** Every pod's verdict; with {@code pod} set, that pod's only (all when it is unknown). */
    public static String of(SimulationResult r, String pod) {
        if (r.startError() != null) {
            return "the kubelet would not start: " + r.startError().getMessage();
        }
        List<String> parts = new ArrayList<>();
        for (PodResult p : r.pods()) {
            if (pod != null && r.pod(pod) != null && !p.name().equals(pod)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(p.name()).append(verdict(p));
            for (ContainerResult c : p.containers()) {
                if (c.init()) {
                    continue;
                }
                if (c.exclusiveCpus() && c.cpus() != null) {
                    sb.append(", ").append(c.name()).append(" on CPUs ").append(c.cpus());
                }
                if (c.mergedHint() != null && c.mergedHint().affinity() != null) {
                    sb.append(" (merged hint ").append(c.mergedHint()).append(')');
                }
                if (c.devices() != null && !c.devices().isEmpty()) {
                    sb.append(", devices ").append(c.devices().values());
                }
            }
            parts.add(sb.toString());
        }
        return parts.isEmpty() ? "no pods" : String.join("; ", parts);
    }
}
