package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact node shape: sockets x cores per socket x threads per core, NUMA nodes per socket,
 * the same memory and hugepages on every NUMA node. {@code memoryPerNumaNode} null = not given
 * (0 bytes); {@code hugepagesPerNumaNode} and {@code extraNumaNodes} may be empty, never null.
 * CPU ids follow Linux's usual x86 numbering: first threads of all cores socket by socket, then
 * the siblings.
 */
public record CompactTopology(int sockets, int numaNodesPerSocket, int coresPerSocket, int threadsPerCore,
                              Quantity memoryPerNumaNode, Map<String, Quantity> hugepagesPerNumaNode,
                              List<NumaNodeSpec> extraNumaNodes, Map<Integer, Map<Integer, Integer>> distances)
        implements TopologySpec {
    /** The engine's bounds (CpuSet ids, NumaMask bits). */
    public static final int MAX_CPUS = 65_536;
    public static final int MAX_NUMA_NODES = 64;

    public CompactTopology {
        atLeastOne("sockets", sockets);
        atLeastOne("numaNodesPerSocket", numaNodesPerSocket);
        atLeastOne("coresPerSocket", coresPerSocket);
        atLeastOne("threadsPerCore", threadsPerCore);
        if (coresPerSocket % numaNodesPerSocket != 0) {
            throw new IllegalArgumentException("coresPerSocket must be a multiple of numaNodesPerSocket ("
                    + numaNodesPerSocket + ")");
        }
        if ((long) sockets * coresPerSocket * threadsPerCore > MAX_CPUS
                || (long) sockets * numaNodesPerSocket > MAX_NUMA_NODES) {
            throw new IllegalArgumentException("machine too large: at most 65536 CPUs and 64 NUMA nodes");
        }
        if (memoryPerNumaNode != null && memoryPerNumaNode.isNegative()) {
            throw new IllegalArgumentException("memory must not be negative");
        }
        hugepagesPerNumaNode = Collections.unmodifiableMap(NumaNodeSpec.Hugepages.checked(hugepagesPerNumaNode));
        extraNumaNodes = List.copyOf(extraNumaNodes);
        distances = Distances.copy(distances);
    }

    /** The shape alone: no hugepages, extra NUMA nodes or distances. */
    public static CompactTopology of(int sockets, int numaNodesPerSocket, int coresPerSocket, int threadsPerCore,
                                     Quantity memoryPerNumaNode) {
        return new CompactTopology(sockets, numaNodesPerSocket, coresPerSocket, threadsPerCore, memoryPerNumaNode,
                Map.of(), List.of(), Map.of());
    }

    private static void atLeastOne(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1");
        }
    }

    public CompactTopology withDistances(Map<Integer, Map<Integer, Integer>> newDistances) {
        return new CompactTopology(sockets, numaNodesPerSocket, coresPerSocket, threadsPerCore, memoryPerNumaNode,
                hugepagesPerNumaNode, extraNumaNodes, newDistances);
    }

    public int numaNodeCount() {
        return sockets * numaNodesPerSocket;
    }

    @Override
    public List<CpuInfo> cpus() {
        int coresPerNuma = coresPerSocket / numaNodesPerSocket;
        List<CpuInfo> cpus = new ArrayList<>();
        for (int thread = 0; thread < threadsPerCore; thread++) {
            for (int s = 0; s < sockets; s++) {
                for (int c = 0; c < coresPerSocket; c++) {
                    int id = thread * sockets * coresPerSocket + s * coresPerSocket + c;
                    int numa = s * numaNodesPerSocket + c / coresPerNuma;
                    cpus.add(new CpuInfo(id, s * coresPerSocket + c, s, numa, s));
                }
            }
        }
        return cpus;
    }

    /** Generated nodes, then the extra entries: memory kept unless given, hugepages kept unless given. */
    @Override
    public Map<Integer, NumaNode> numaNodes() {
        long memory = memoryPerNumaNode == null ? 0 : memoryPerNumaNode.value();
        Map<String, Long> hugepages = NumaNodeSpec.Hugepages.bytes(hugepagesPerNumaNode);
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        for (int n = 0; n < numaNodeCount(); n++) {
            nodes.put(n, new NumaNode(n, memory, hugepages));
        }
        for (NumaNodeSpec extra : extraNumaNodes) {
            NumaNode existing = nodes.get(extra.id());
            long bytes = extra.memory() != null ? extra.memory().value()
                    : existing != null ? existing.memoryBytes() : 0;
            Map<String, Long> pages = extra.hugepages() != null || existing == null ? extra.hugepagesBytes()
                    : existing.hugepagesBytes();
            nodes.put(extra.id(), new NumaNode(extra.id(), bytes, pages));
        }
        return nodes;
    }
}
