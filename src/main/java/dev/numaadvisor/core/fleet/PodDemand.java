package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;
import java.util.List;

/**
 * What a pod asks for, as the scheduler counts it: the larger of the app containers' sum and the
 * biggest init container, per resource ({@code computePodResourceRequest}). {@code extended} is
 * indexed like the run's extended-resource list. {@code exclusiveCpus} is what the static CPU
 * Manager pins (Guaranteed, integer CPUs), which a NUMA-aware filter has to find on one node.
 */
public record PodDemand(long cpuMillis, long memoryBytes, long[] extended, int exclusiveCpus, boolean guaranteed,
                        List<ContainerNeed> initNeeds, List<ContainerNeed> appNeeds) {
    public PodDemand {
        initNeeds = List.copyOf(initNeeds);
        appNeeds = List.copyOf(appNeeds);
    }

    /** A one-container Guaranteed demand (Guaranteed when it pins CPUs): for tests of the filters. */
    PodDemand(long cpuMillis, long memoryBytes, long[] extended, int exclusiveCpus) {
        this(cpuMillis, memoryBytes, extended, exclusiveCpus, exclusiveCpus > 0, List.of(),
                List.of(new ContainerNeed(cpuMillis, memoryBytes, extended)));
    }

    public static PodDemand of(Pod pod, List<String> extendedNames) {
        long[] ext = new long[extendedNames.size()];
        for (int i = 0; i < ext.length; i++) {
            ext[i] = request(pod, extendedNames.get(i), false);
        }
        int exclusive = 0;
        if (pod.qosClass() == QosClass.Guaranteed) {
            for (Container c : pod.containers()) {
                exclusive += (int) CpuManager.guaranteedCpus(pod, c);
            }
        }
        return new PodDemand(request(pod, Resources.CPU, true), request(pod, Resources.MEMORY, false), ext,
                exclusive, pod.qosClass() == QosClass.Guaranteed, needs(pod.initContainers(), extendedNames),
                needs(pod.containers(), extendedNames));
    }

    private static List<ContainerNeed> needs(List<Container> containers, List<String> extendedNames) {
        List<ContainerNeed> out = new java.util.ArrayList<>();
        for (Container c : containers) {
            long[] devices = new long[extendedNames.size()];
            for (int i = 0; i < devices.length; i++) {
                devices[i] = amount(c.request(extendedNames.get(i)), false);
            }
            out.add(new ContainerNeed(amount(c.request(Resources.CPU), true),
                    amount(c.request(Resources.MEMORY), false), devices));
        }
        return out;
    }

    private static long request(Pod pod, String resource, boolean millis) {
        long sum = 0;
        for (Container c : pod.containers()) {
            sum += amount(c.request(resource), millis);
        }
        long init = 0;
        for (Container c : pod.initContainers()) {
            init = Math.max(init, amount(c.request(resource), millis));
        }
        return Math.max(sum, init);
    }

    private static long amount(Quantity q, boolean millis) {
        if (q == null) {
            return 0;
        }
        return millis ? q.milliValue() : q.value();
    }
}
