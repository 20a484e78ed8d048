package dev.numaadvisor.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Memory Manager's state ({@code state.State}): the machine table per NUMA node and the blocks
 * per pod UID and container. Mutable; {@link #copy} gives an independent one.
 */
final class MemoryState {
    final TreeMap<Integer, NodeMemory> machine = new TreeMap<>();
    final TreeMap<String, TreeMap<String, List<MemoryBlock>>> assignments = new TreeMap<>();

    static MemoryState of(MemoryManagerCheckpoint checkpoint) {
        MemoryState s = new MemoryState();
        checkpoint.machineState().forEach((id, node) -> s.machine.put(id, NodeMemory.of(node)));
        checkpoint
                .entries()
                .forEach(
                        (pod, containers) ->
                                containers.forEach(
                                        (name, blocks) -> s.setBlocks(pod, name, blocks)));
        return s;
    }

    MemoryManagerCheckpoint toCheckpoint(String policyName) {
        TreeMap<Integer, NumaNodeState> nodes = new TreeMap<>();
        machine.forEach((id, node) -> nodes.put(id, node.toState()));
        Map<String, Map<String, List<MemoryBlock>>> entries = new TreeMap<>();
        assignments.forEach((pod, containers) -> entries.put(pod, new TreeMap<>(containers)));
        return new MemoryManagerCheckpoint(policyName, nodes, entries, 0);
    }

    MemoryState copy() {
        MemoryState s = new MemoryState();
        machine.forEach((id, node) -> s.machine.put(id, node.copy()));
        assignments.forEach((pod, containers) -> s.assignments.put(pod, new TreeMap<>(containers)));
        return s;
    }

    /** The container's blocks, or null when it has no entry (an empty list is an entry). */
    List<MemoryBlock> blocks(String podUid, String container) {
        TreeMap<String, List<MemoryBlock>> pod = assignments.get(podUid);
        return pod == null ? null : pod.get(container);
    }

    void setBlocks(String podUid, String container, List<MemoryBlock> blocks) {
        assignments
                .computeIfAbsent(podUid, k -> new TreeMap<>())
                .put(container, List.copyOf(blocks));
    }

    void delete(String podUid, String container) {
        TreeMap<String, List<MemoryBlock>> pod = assignments.get(podUid);
        if (pod == null) {
            return;
        }
        pod.remove(container);
        if (pod.isEmpty()) {
            assignments.remove(podUid);
        }
    }

    /** Free bytes of a resource on a node; 0 when the node or the resource is missing. */
    long free(int node, String resource) {
        MemoryCounters c = counters(node, resource);
        return c == null ? 0 : c.free;
    }

    long allocatable(int node, String resource) {
        MemoryCounters c = counters(node, resource);
        return c == null ? 0 : c.allocatable;
    }

    MemoryCounters counters(int node, String resource) {
        NodeMemory n = machine.get(node);
        return n == null ? null : n.memoryMap.get(resource);
    }

    List<Integer> nodeIds() {
        return new ArrayList<>(machine.keySet());
    }
}
