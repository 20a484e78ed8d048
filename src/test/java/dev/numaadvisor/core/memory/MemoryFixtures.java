package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small builders for Memory Manager tests: machines, kubelet configs and Guaranteed pods. */
final class MemoryFixtures {
    static final long MI = 1L << 20;
    static final long GI = 1L << 30;

    private MemoryFixtures() {}

    /** {@code n} NUMA nodes with the same memory and 1Gi hugepages, two CPUs each. */
    static Machine machine(int n, long memoryBytes, long hugepages1GiBytes) {
        List<CpuInfo> cpus = new ArrayList<>();
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            cpus.add(new CpuInfo(2 * i, 2 * i, 0, i, 0));
            cpus.add(new CpuInfo(2 * i + 1, 2 * i + 1, 0, i, 0));
            Map<String, Long> pages =
                    hugepages1GiBytes < 0 ? Map.of() : Map.of("hugepages-1Gi", hugepages1GiBytes);
            nodes.put(i, new NumaNode(i, memoryBytes, pages));
        }
        return new Machine(new CpuTopology(cpus), nodes, Map.of(), List.of());
    }

    static Map<String, Quantity> q(String... pairs) {
        Map<String, Quantity> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], Quantity.parse(pairs[i + 1]));
        }
        return m;
    }

    static ReservedMemory reserved(int node, String... pairs) {
        return new ReservedMemory(node, q(pairs));
    }

    /** A config with the given policy, reservations and eviction map (null = kubelet default). */
    static KubeletConfig config(
            String policy,
            List<ReservedMemory> reservedMemory,
            Map<String, Quantity> systemReserved,
            Map<String, Quantity> kubeReserved,
            Map<String, String> evictionHard) {
        KubeletConfig d = KubeletConfig.defaults();
        return new KubeletConfig(
                d.cpuManagerPolicy(),
                d.cpuManagerPolicyOptions(),
                policy,
                d.topologyManagerPolicy(),
                d.topologyManagerScope(),
                d.topologyManagerPolicyOptions(),
                d.reservedSystemCPUs(),
                kubeReserved,
                systemReserved,
                evictionHard == null ? d.evictionHard() : evictionHard,
                reservedMemory,
                d.featureGates(),
                d.enforceNodeAllocatable(),
                d.systemReservedCgroup(),
                d.kubeReservedCgroup());
    }

    /**
     * Static policy with {@code perNodeMi} reserved on each of {@code n} nodes, balanced by
     * systemReserved.
     */
    static KubeletConfig staticConfig(int n, long perNodeMi) {
        List<ReservedMemory> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(reserved(i, "memory", perNodeMi + "Mi"));
        }
        return config("Static", r, q("memory", (n * perNodeMi - 100) + "Mi"), Map.of(), null);
    }

    /** A Guaranteed container: 1 CPU, and the given memory/hugepages requests equal to limits. */
    static Container container(String name, String memory, String hugepages1Gi) {
        return container(name, memory, hugepages1Gi, false);
    }

    static Container container(String name, String memory, String hugepages1Gi, boolean sidecar) {
        Map<String, Quantity> r =
                hugepages1Gi == null
                        ? q("cpu", "1", "memory", memory)
                        : q("cpu", "1", "memory", memory, "hugepages-1Gi", hugepages1Gi);
        return new Container(name, r, r, sidecar);
    }

    static Pod pod(String name, List<Container> init, List<Container> apps) {
        return new Pod(name, "default", name, init, apps);
    }

    static Pod pod(String name, Container... apps) {
        return pod(name, List.of(), List.of(apps));
    }
}
