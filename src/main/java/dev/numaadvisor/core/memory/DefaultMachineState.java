package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.trace.Trace;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The machine state a fresh Static policy starts from ({@code getDefaultMachineState}): per NUMA
 * node one row per hugepage size and one for regular memory, nothing reserved, {@code cells =
 * [id]}. Regular memory's allocatable excludes the node's reservation and its hugepage pools; the
 * arithmetic is unsigned, so a reservation larger than what is left wraps around, as in the
 * kubelet.
 */
final class DefaultMachineState {
    private DefaultMachineState() {}

    static MemoryState build(Machine machine, Map<Integer, Map<String, Long>> systemReserved) {
        // cadvisor lists every page size the kernel supports on every node, pools of 0 included;
        // the machine model names sizes per node, so the union stands in for "supported".
        TreeSet<String> pageSizes = new TreeSet<>();
        machine.numaNodes().values().forEach(n -> pageSizes.addAll(n.hugepagesBytes().keySet()));
        MemoryState state = new MemoryState();
        for (NumaNode node : machine.numaNodes().values()) {
            NodeMemory row = new NodeMemory(0, List.of(node.id()));
            long hugepagesBytes = 0;
            for (String size : pageSizes) {
                long total = node.hugepagesBytes().getOrDefault(size, 0L);
                long reserved = reservedOf(systemReserved, node.id(), size);
                long allocatable = total - reserved;
                row.memoryMap.put(
                        size, new MemoryCounters(total, reserved, allocatable, 0, allocatable));
                hugepagesBytes += total;
            }
            long reserved = reservedOf(systemReserved, node.id(), Resources.MEMORY);
            long allocatable = node.memoryBytes() - reserved - hugepagesBytes;
            row.memoryMap.put(
                    Resources.MEMORY,
                    new MemoryCounters(node.memoryBytes(), reserved, allocatable, 0, allocatable));
            state.machine.put(node.id(), row);
        }
        return state;
    }

    /** One trace line per node: how its allocatable memory comes about. */
    static void trace(MemoryState state, Trace trace) {
        if (!trace.enabled()) {
            return;
        }
        state.machine.forEach(
                (id, node) -> {
                    MemoryCounters m = node.memoryMap.get(Resources.MEMORY);
                    StringBuilder sb =
                            new StringBuilder("memory: NUMA node ")
                                    .append(id)
                                    .append(": memory ")
                                    .append(KubeQuantityText.bytes(m.total))
                                    .append(" - reserved ")
                                    .append(KubeQuantityText.bytes(m.systemReserved));
                    long pages = m.total - m.systemReserved - m.allocatable;
                    if (pages != 0) {
                        sb.append(" - hugepage pools ").append(KubeQuantityText.bytes(pages));
                    }
                    sb.append(" = allocatable ").append(KubeQuantityText.bytes(m.allocatable));
                    node.memoryMap.forEach(
                            (resource, c) -> {
                                if (!Resources.MEMORY.equals(resource)) {
                                    sb.append("; ")
                                            .append(resource)
                                            .append(" allocatable ")
                                            .append(KubeQuantityText.bytes(c.allocatable));
                                }
                            });
                    if (m.allocatable < 0) {
                        sb.append(
                                " (the reservation exceeds what is left: the kubelet's unsigned"
                                        + " arithmetic wraps around and treats this node as having"
                                        + " almost unlimited memory)");
                    }
                    trace.add(sb.toString());
                });
    }

    private static long reservedOf(
            Map<Integer, Map<String, Long>> systemReserved, int node, String resource) {
        Map<String, Long> perNode = systemReserved.get(node);
        return perNode == null ? 0 : perNode.getOrDefault(resource, 0L);
    }
}
