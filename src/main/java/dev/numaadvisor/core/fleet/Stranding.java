package dev.numaadvisor.core.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Free but unusable resources at the end of a run. A NUMA node's free CPUs and memory are
 * stranded when it cannot hold the mix's smallest aligned shape on its own: fewer free CPUs than
 * the fewest exclusive CPUs any template pins, or less free memory than the smallest template's.
 */
final class Stranding {
    private Stranding() {
    }

    static List<NumaStranding> of(List<FleetNode> nodes, List<PodDemand> demands) {
        int minCpus = Integer.MAX_VALUE;
        long minMemory = Long.MAX_VALUE;
        for (PodDemand d : demands) {
            if (d.exclusiveCpus() > 0) {
                minCpus = Math.min(minCpus, d.exclusiveCpus());
                minMemory = Math.min(minMemory, d.memoryBytes());
            }
        }
        if (minCpus == Integer.MAX_VALUE) {
            minCpus = 0;
            minMemory = 0;
        }
        Map<Integer, long[]> byNuma = new TreeMap<>();
        for (FleetNode n : nodes) {
            int[] ids = n.capacity.numaIds();
            for (int i = 0; i < ids.length; i++) {
                long[] sums = byNuma.computeIfAbsent(ids[i], k -> new long[4]);
                long cpus = Math.max(0, n.freeCpus[i]);
                long memory = Math.max(0, n.freeMemory[i]);
                sums[0] += cpus;
                sums[2] += memory;
                if (cpus < minCpus || memory < minMemory) {
                    sums[1] += cpus;
                    sums[3] += memory;
                }
            }
        }
        List<NumaStranding> out = new ArrayList<>();
        byNuma.forEach((numa, s) -> out.add(new NumaStranding(numa, s[0], s[1], s[2], s[3])));
        return out;
    }
}
