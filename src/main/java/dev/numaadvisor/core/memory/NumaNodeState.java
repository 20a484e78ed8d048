package dev.numaadvisor.core.memory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One NUMA node in {@code memory_manager_state} (the kubelet's {@code NUMANodeState}): how many
 * blocks include it, its memory map per resource (sorted), and the group of nodes it is allocated
 * with ({@code cells}, kept in stored order; {@code [id]} when unused).
 */
public record NumaNodeState(
        int numberOfAssignments, Map<String, MemoryTable> memoryMap, List<Integer> cells) {
    public NumaNodeState {
        memoryMap = Collections.unmodifiableMap(new TreeMap<>(memoryMap));
        cells = List.copyOf(cells);
    }
}
