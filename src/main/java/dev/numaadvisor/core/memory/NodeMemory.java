package dev.numaadvisor.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable form of a {@link NumaNodeState} while the policy works on it. */
final class NodeMemory {
    int numberOfAssignments;
    List<Integer> cells;
    final TreeMap<String, MemoryCounters> memoryMap = new TreeMap<>();

    NodeMemory(int numberOfAssignments, List<Integer> cells) {
        this.numberOfAssignments = numberOfAssignments;
        this.cells = new ArrayList<>(cells);
    }

    static NodeMemory of(NumaNodeState s) {
        NodeMemory n = new NodeMemory(s.numberOfAssignments(), s.cells());
        s.memoryMap()
                .forEach((resource, table) -> n.memoryMap.put(resource, MemoryCounters.of(table)));
        return n;
    }

    NumaNodeState toState() {
        Map<String, MemoryTable> map = new TreeMap<>();
        memoryMap.forEach((resource, counters) -> map.put(resource, counters.toTable()));
        return new NumaNodeState(numberOfAssignments, map, cells);
    }

    NodeMemory copy() {
        NodeMemory n = new NodeMemory(numberOfAssignments, cells);
        memoryMap.forEach((resource, counters) -> n.memoryMap.put(resource, counters.copy()));
        return n;
    }

    /** The node's group as a sorted list (the kubelet sorts before comparing groups). */
    List<Integer> sortedCells() {
        List<Integer> sorted = new ArrayList<>(cells);
        sorted.sort(null);
        return sorted;
    }
}
