package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.util.List;

/**
 * A node's capacity twice over: the totals the scheduler sees (node allocatable = capacity minus
 * kube-reserved, system-reserved and the hard memory eviction threshold), and the per-NUMA-node
 * amounts a topology-aware view sees (what NodeResourceTopology exports). Arrays are indexed by
 * position in {@code numaIds}; device arrays by the run's extended-resource index.
 */
record NodeCapacity(long cpuMillis, long memoryBytes, long[] extended, int[] numaIds, int[] cpusPerNuma,
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
        long cpuMillis = allocatableCpuMillis(m, config);
        long memoryBytes = m.totalMemoryBytes() - reserved(config, Resources.MEMORY, false) - evictionBytes(config);
        return new NodeCapacity(cpuMillis, memoryBytes, extended, numaIds, cpus, memory, devices);
    }

    /** Node allocatable cpu; reservedSystemCPUs, when set, replaces kube- and system-reserved cpu. */
    static long allocatableCpuMillis(Machine m, KubeletConfig config) {
        long reservedCpuMillis = config.reservedSystemCPUs().isBlank() ? reserved(config, Resources.CPU, true)
                : CpuSet.parse(config.reservedSystemCPUs()).size() * 1000L;
        return m.topology().numCpus() * 1000L - reservedCpuMillis;
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

    private static long reserved(KubeletConfig config, String resource, boolean millis) {
        long sum = 0;
        for (Quantity q : List.of(config.kubeReserved().getOrDefault(resource, Quantity.ZERO),
                config.systemReserved().getOrDefault(resource, Quantity.ZERO))) {
            sum += millis ? q.milliValue() : q.value();
        }
        return sum;
    }

    /** Only an absolute {@code memory.available} threshold lowers allocatable; a percentage is skipped. */
    private static long evictionBytes(KubeletConfig config) {
        String v = config.evictionHard().get("memory.available");
        if (v == null || v.endsWith("%")) {
            return 0;
        }
        try {
            return Quantity.parse(v).value();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
