package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.PodRequests;
import dev.numaadvisor.core.pod.QosClass;
import java.util.List;

/**
 * What a pod asks for, as the scheduler counts it: {@code request} is the pod request the kubelet's
 * fit check counts too ({@link PodRequests#of}, one computation for both); {@code cpuMillis},
 * {@code memoryBytes} and {@code extended} (indexed like the run's extended-resource list) are read
 * from it. {@code exclusiveCpus} is what the static CPU Manager pins (Guaranteed, integer CPUs),
 * which a NUMA-aware filter has to find on one node.
 */
public record PodDemand(ResourceAmounts request, long[] extended, int exclusiveCpus, boolean guaranteed,
                        List<ContainerNeed> initNeeds, List<ContainerNeed> appNeeds) {
    public PodDemand {
        initNeeds = List.copyOf(initNeeds);
        appNeeds = List.copyOf(appNeeds);
    }

    /** A one-container Guaranteed demand (Guaranteed when it pins CPUs): for tests of the filters. */
    PodDemand(long cpuMillis, long memoryBytes, List<String> extendedNames, long[] extended, int exclusiveCpus) {
        this(request(cpuMillis, memoryBytes, extendedNames, extended), extended, exclusiveCpus,
                exclusiveCpus > 0, List.of(), List.of(new ContainerNeed(cpuMillis, memoryBytes, extended)));
    }

    /** A pod request from its totals, extended resources named by the run's list (tests build demands so). */
    static ResourceAmounts request(long cpuMillis, long memoryBytes, List<String> extendedNames, long[] extended) {
        java.util.Map<String, Long> scalars = new java.util.TreeMap<>();
        for (int i = 0; i < extended.length; i++) {
            scalars.put(extendedNames.get(i), extended[i]);
        }
        return new ResourceAmounts(cpuMillis, memoryBytes, scalars);
    }

    public long cpuMillis() {
        return request.cpuMillis();
    }

    public long memoryBytes() {
        return request.memoryBytes();
    }

    public static PodDemand of(Pod pod, List<String> extendedNames) {
        ResourceAmounts request = PodRequests.of(pod);
        long[] ext = new long[extendedNames.size()];
        for (int i = 0; i < ext.length; i++) {
            ext[i] = request.scalar(extendedNames.get(i));
        }
        int exclusive = 0;
        if (pod.qosClass() == QosClass.Guaranteed) {
            for (Container c : pod.containers()) {
                exclusive += (int) CpuManager.guaranteedCpus(pod, c);
            }
        }
        return new PodDemand(request, ext, exclusive, pod.qosClass() == QosClass.Guaranteed, needs(pod.initContainers(), extendedNames),
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

    private static long amount(Quantity q, boolean millis) {
        if (q == null) {
            return 0;
        }
        return millis ? q.milliValue() : q.value();
    }
}
