package dev.numaadvisor.app.understand;

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
    /** One device-plugin device. */
    public record Device(String resource, String id, Integer numaNode) {
    }

    public NodePlan {
        hugepagesPerNumaNode = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hugepagesPerNumaNode));
        devices = List.copyOf(devices);
    }

    public int numaNodes() {
        return sockets * numaNodesPerSocket;
    }

    public int cpus() {
        return sockets * coresPerSocket * threadsPerCore;
    }
}
