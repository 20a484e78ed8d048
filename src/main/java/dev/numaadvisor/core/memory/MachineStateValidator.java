package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryManagerMessages.*;

import dev.numaadvisor.core.trace.Trace;

import java.util.List;
import java.util.Map;

/**
 * The Static policy's {@code validateState} at start: an empty machine state is filled with the
 * default table (unless blocks exist); otherwise the default table is replayed with every stored
 * block and must match the stored machine state ({@code areMachineStatesEqual}).
 */
final class MachineStateValidator {
    private MachineStateValidator() {}

    /** Null when the state is valid (and filled when it was empty), else the kubelet's error. */
    static String validate(MemoryState stored, MemoryState defaults, Trace trace) {
        if (stored.machine.isEmpty()) {
            if (!stored.assignments.isEmpty()) {
                trace.add(
                        "memory: the checkpoint has no machine state but lists memory blocks; the"
                            + " kubelet cannot rebuild one from the other and refuses to start");
                return EMPTY_MACHINE_STATE;
            }
            defaults.machine.forEach((id, node) -> stored.machine.put(id, node.copy()));
            trace.add(
                    "memory: no machine state to restore (no checkpoint, or one without"
                            + " machineState): the Memory Manager starts from the table above");
            return null;
        }
        MemoryState expected = defaults.copy();
        String replayError = replay(stored, expected, trace);
        if (replayError != null) {
            return replayError;
        }
        String difference = firstDifference(stored.machine, expected.machine);
        if (difference != null) {
            trace.add(
                    "memory: the checkpoint's machine state is not what this machine, its"
                            + " reservation and the stored blocks give: "
                            + difference
                            + "; the kubelet refuses to start until the "
                            + "node is drained and "
                            + CHECKPOINT_PATH
                            + " is deleted");
            return STATE_DIFFERENT;
        }
        trace.add(
                "memory: the checkpoint's machine state matches the machine and its stored blocks");
        return null;
    }

    /** Replays every stored block on {@code expected} as the kubelet does (§7.1). */
    private static String replay(MemoryState stored, MemoryState expected, Trace trace) {
        for (Map.Entry<String, java.util.TreeMap<String, List<MemoryBlock>>> pod :
                stored.assignments.entrySet()) {
            for (Map.Entry<String, List<MemoryBlock>> container : pod.getValue().entrySet()) {
                for (MemoryBlock b : container.getValue()) {
                    long remaining = b.size();
                    for (int id : b.numaAffinity()) {
                        NodeMemory node = expected.machine.get(id);
                        if (node == null) {
                            trace.add(
                                    "memory: pod "
                                            + pod.getKey()
                                            + " container "
                                            + container.getKey()
                                            + " has a block on NUMA node "
                                            + id
                                            + ", which this machine does not have");
                            return String.format(
                                    ASSIGNMENT_NUMA_MISSING, pod.getKey(), container.getKey());
                        }
                        node.numberOfAssignments++;
                        node.cells = b.numaAffinity();
                        MemoryCounters c = node.memoryMap.get(b.type());
                        if (c == null) {
                            trace.add(
                                    "memory: pod "
                                            + pod.getKey()
                                            + " container "
                                            + container.getKey()
                                            + " has a block of "
                                            + b.type()
                                            + ", which NUMA node "
                                            + id
                                            + " does not have");
                            return String.format(
                                    ASSIGNMENT_RESOURCE_MISSING, pod.getKey(), container.getKey());
                        }
                        remaining = BlockAccounting.take(c, remaining);
                    }
                }
            }
        }
        return null;
    }

    /*
     * areMachineStatesEqual: same node set; per node the same number of assignments, the same
     * group (as sets) and the same resources; per resource equal total, systemReserved and
     * allocatable; free and reserved compared as sums over the node's group, so a cross-NUMA
     * block may be spread differently inside its group.
     */
    static String firstDifference(
            Map<Integer, NodeMemory> stored, Map<Integer, NodeMemory> expected) {
        if (!stored.keySet().equals(expected.keySet())) {
            return "NUMA nodes "
                    + stored.keySet()
                    + " stored, "
                    + expected.keySet()
                    + " on the machine";
        }
        for (Map.Entry<Integer, NodeMemory> e : stored.entrySet()) {
            int id = e.getKey();
            NodeMemory s = e.getValue();
            NodeMemory x = expected.get(id);
            if (s.numberOfAssignments != x.numberOfAssignments) {
                return "node "
                        + id
                        + " numberOfAssignments "
                        + s.numberOfAssignments
                        + " stored, "
                        + x.numberOfAssignments
                        + " expected";
            }
            if (!s.sortedCells().equals(x.sortedCells())) {
                return "node " + id + " cells " + s.cells + " stored, " + x.cells + " expected";
            }
            if (!s.memoryMap.keySet().equals(x.memoryMap.keySet())) {
                return "node "
                        + id
                        + " resources "
                        + s.memoryMap.keySet()
                        + " stored, "
                        + x.memoryMap.keySet()
                        + " expected";
            }
            for (String resource : s.memoryMap.keySet()) {
                String d = tableDifference(id, resource, s, stored, expected);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String tableDifference(
            int id,
            String resource,
            NodeMemory s,
            Map<Integer, NodeMemory> stored,
            Map<Integer, NodeMemory> expected) {
        MemoryCounters a = s.memoryMap.get(resource);
        MemoryCounters b = expected.get(id).memoryMap.get(resource);
        String where = "node " + id + " " + resource + " ";
        if (a.total != b.total) {
            return where
                    + "total "
                    + KubeQuantityText.bytes(a.total)
                    + " stored, "
                    + KubeQuantityText.bytes(b.total)
                    + " on the machine";
        }
        if (a.systemReserved != b.systemReserved) {
            return where
                    + "systemReserved "
                    + KubeQuantityText.bytes(a.systemReserved)
                    + " stored, "
                    + KubeQuantityText.bytes(b.systemReserved)
                    + " configured";
        }
        if (a.allocatable != b.allocatable) {
            return where
                    + "allocatable "
                    + KubeQuantityText.bytes(a.allocatable)
                    + " stored, "
                    + KubeQuantityText.bytes(b.allocatable)
                    + " expected";
        }
        long[] sa = groupSums(stored, s.cells, resource);
        long[] sb = groupSums(expected, s.cells, resource);
        if (sa[0] != sb[0]) {
            return where
                    + "free over the group "
                    + s.cells
                    + " "
                    + KubeQuantityText.bytes(sa[0])
                    + " stored, "
                    + KubeQuantityText.bytes(sb[0])
                    + " after replaying the stored blocks";
        }
        if (sa[1] != sb[1]) {
            return where
                    + "reserved over the group "
                    + s.cells
                    + " "
                    + KubeQuantityText.bytes(sa[1])
                    + " stored, "
                    + KubeQuantityText.bytes(sb[1])
                    + " after replaying the stored blocks";
        }
        return null;
    }

    /** {free, reserved} summed over the group's nodes (a missing node or resource counts 0). */
    private static long[] groupSums(
            Map<Integer, NodeMemory> machine, List<Integer> cells, String resource) {
        long free = 0;
        long reserved = 0;
        for (int id : cells) {
            NodeMemory n = machine.get(id);
            MemoryCounters c = n == null ? null : n.memoryMap.get(resource);
            if (c != null) {
                free += c.free;
                reserved += c.reserved;
            }
        }
        return new long[] {free, reserved};
    }
}
