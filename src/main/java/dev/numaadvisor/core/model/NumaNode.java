package dev.numaadvisor.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A NUMA node's memory: regular memory bytes and hugepages bytes per resource name
 * ({@code hugepages-1Gi}). A node may have no CPUs (CXL memory, GPU memory on Grace Hopper).
 */
public record NumaNode(int id, long memoryBytes, Map<String, Long> hugepagesBytes) {
    public NumaNode {
        if (id < 0 || id > NumaMask.MAX_NUMA_ID) {
            throw new IllegalArgumentException("numa node " + id + " outside 0-63");
        }
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("numa node " + id + ": memory must not be negative");
        }
        hugepagesBytes = Map.copyOf(new TreeMap<>(hugepagesBytes));
    }

    /** Memory of one resource on this node: {@code memory} or a {@code hugepages-<size>} name. */
    public long bytesOf(String resource) {
        if (Resources.MEMORY.equals(resource)) {
            return memoryBytes;
        }
        return hugepagesBytes.getOrDefault(resource, 0L);
    }
}
