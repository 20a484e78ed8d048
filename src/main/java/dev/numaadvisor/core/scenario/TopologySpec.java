package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.NumaNode;
import java.util.List;
import java.util.Map;

/**
 * A node's CPUs and NUMA nodes as a scenario (or a user) describes them: the compact generator
 * ({@link CompactTopology}) or an explicit CPU list ({@link ExplicitTopology}). Both know the
 * logical CPUs and NUMA nodes they stand for; {@link NodeMachine} turns either into a Machine.
 */
public sealed interface TopologySpec permits CompactTopology, ExplicitTopology {
    /** The logical CPUs, in the order the form lists or generates them. */
    List<CpuInfo> cpus();

    /** Every NUMA node with its memory, CPU-less ones included, by id. */
    Map<Integer, NumaNode> numaNodes();

    /** The distance matrix by node id; empty when not given. */
    Map<Integer, Map<Integer, Integer>> distances();

    /** NUMA nodes listed beyond (or overriding) the generated ones; empty when none. */
    List<NumaNodeSpec> extraNumaNodes();
}
