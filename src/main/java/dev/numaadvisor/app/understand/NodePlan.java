package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node resolved from what was said, in the Scenario contract's compact form: every value set,
 * devices with ids and NUMA nodes (null = no NUMA affinity).
 */
public record NodePlan(int sockets, int numaNodesPerSocket, int coresPerSocket, int threadsPerCore,
                       Quantity memoryPerNumaNode, Map<String, Quantity> hugepagesPerNumaNode, List<Device> devices) {
    public NodePlan {
        hugepagesPerNumaNode = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hugepagesPerNumaNode));
        devices = List.copyOf(devices);
    }

    /** The node's shape and memory as the Scenario contract's compact topology. */
    public CompactTopology topology() {
        return new CompactTopology(sockets, numaNodesPerSocket, coresPerSocket, threadsPerCore, memoryPerNumaNode,
                hugepagesPerNumaNode, List.of(), Map.of());
    }

    public int numaNodes() {
        return sockets * numaNodesPerSocket;
    }

    public int cpus() {
        return sockets * coresPerSocket * threadsPerCore;
    }
}
