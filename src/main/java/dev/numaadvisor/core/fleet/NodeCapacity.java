package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.admission.NodeAllocatable;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.util.List;

/**
 * A node's capacity twice over: the totals the scheduler sees (the kubelet's {@link
 * NodeAllocatable}), and the per-NUMA-node amounts a topology-aware view sees (what
 * NodeResourceTopology exports). Arrays are indexed by position in {@code numaIds}; device arrays
 * by the run's extended-resource index.
 */
record NodeCapacity(NodeAllocatable allocatable, long[] extended, int[] numaIds, int[] cpusPerNuma,
                    long[] memoryPerNuma, int[][] devicesPerNuma) {

    static NodeCapacity of(Machine m, KubeletConfig config, CpuSet allocatableCpus, List<String> extendedNames) {
        List<Integer> ids = m.numaNodeIds();
        int n = ids.size();
        int[] numaIds = new int[n];
        int[] cpus = new int[n];
        long[] memory = new long[n];
        CpuSet usable = allocatableCpus.isEmpty() ? m.topology().all() : allocatableCpus;
        for (int i = 0; i < n; i++) {
            numaIds[i] = ids.get(i);
            cpus[i] = m.topology().cpusInNuma(numaIds[i]).intersection(usable).size();
            memory[i] = m.numaNodes().get(numaIds[i]).memoryBytes() - reservedOn(config, numaIds[i]);
        }
        int[][] devices = new int[extendedNames.size()][n];
        long[] extended = new long[extendedNames.size()];
        for (int r = 0; r < extendedNames.size(); r++) {
            for (Device d : m.devicesOf(extendedNames.get(r))) {
                extended[r]++;
                int idx = d.numaNode() == null ? -1 : indexOf(numaIds, d.numaNode());
                if (idx >= 0) {
                    devices[r][idx]++;
                }
            }
        }
        return new NodeCapacity(NodeAllocatable.of(m, config), extended, numaIds, cpus, memory, devices);
    }

    long cpuMillis() {
        return allocatable.resources().cpuMillis();
    }

    long memoryBytes() {
        return allocatable.resources().memoryBytes();
    }

    static int indexOf(int[] numaIds, int numa) {
        for (int i = 0; i < numaIds.length; i++) {
            if (numaIds[i] == numa) {
                return i;
            }
        }
        return -1;
    }

    private static long reservedOn(KubeletConfig config, int numa) {
        long sum = 0;
        for (ReservedMemory r : config.reservedMemory()) {
            Quantity q = r.limits().get(Resources.MEMORY);
            if (r.numaNode() == numa && q != null) {
                sum += q.value();
            }
        }
        return sum;
    }
}
