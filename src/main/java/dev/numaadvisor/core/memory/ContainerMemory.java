package dev.numaadvisor.core.memory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exclusive memory a container holds: the NUMA nodes of its blocks (ascending, what becomes
 * {@code cpuset.mems}) and the bytes recorded per resource after init-container re-use (may be 0).
 */
public record ContainerMemory(List<Integer> numaNodes, Map<String, Long> bytes) {
    public ContainerMemory {
        numaNodes = List.copyOf(numaNodes);
        bytes = Collections.unmodifiableMap(new TreeMap<>(bytes));
    }
}
