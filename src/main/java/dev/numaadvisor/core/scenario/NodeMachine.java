package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one mapping from a described node (topology and device-plugin devices) to the engine's
 * {@link Machine}: the scenario reader and the session both call it, so a node simulates the
 * same whether it was typed, pasted or loaded.
 */
public final class NodeMachine {
    private NodeMachine() {
    }

    /** Throws IllegalArgumentException naming the device or NUMA node that does not fit. */
    public static Machine of(TopologySpec topology, List<Device> devices) {
        Set<Integer> numaIds = topology.numaNodes().keySet();
        Set<String> seen = new HashSet<>();
        for (Device d : devices) {
            if (d.numaNode() != null && !numaIds.contains(d.numaNode())) {
                throw new IllegalArgumentException("device " + d.id() + " is on NUMA node " + d.numaNode()
                        + ", which the machine does not have (its NUMA nodes are " + numaIds + ")");
            }
            if (!seen.add(d.resource() + "/" + d.id())) {
                throw new IllegalArgumentException("device id " + d.id() + " listed twice for " + d.resource());
            }
        }
        return new Machine(new CpuTopology(topology.cpus()), topology.numaNodes(), topology.distances(), devices);
    }
}
