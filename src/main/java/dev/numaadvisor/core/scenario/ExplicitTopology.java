package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.NumaNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A topology listed CPU by CPU (from a pasted Scenario, sysfs or lscpu -p): each CPU's core,
 * socket, NUMA node and uncore cache. NUMA nodes are those the CPUs name plus {@code
 * extraNumaNodes} (memory and hugepages, CPU-less nodes); lists may be empty, never null.
 */
public record ExplicitTopology(List<CpuInfo> cpus, List<NumaNodeSpec> extraNumaNodes,
                               Map<Integer, Map<Integer, Integer>> distances) implements TopologySpec {
    public ExplicitTopology {
        cpus = List.copyOf(cpus);
        extraNumaNodes = List.copyOf(extraNumaNodes);
        distances = Distances.copy(distances);
        Set<Integer> ids = new HashSet<>();
        for (CpuInfo c : cpus) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("cpu " + c.id() + " is listed twice");
            }
        }
    }

    /** Listed nodes first (memory 0 unless given), then every node a CPU names, with no memory. */
    @Override
    public Map<Integer, NumaNode> numaNodes() {
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        for (NumaNodeSpec n : extraNumaNodes) {
            nodes.put(n.id(), new NumaNode(n.id(), n.memory() == null ? 0 : n.memory().value(),
                    n.hugepagesBytes()));
        }
        for (CpuInfo c : cpus) {
            nodes.putIfAbsent(c.numaNode(), new NumaNode(c.numaNode(), 0, Map.of()));
        }
        return nodes;
    }
}
