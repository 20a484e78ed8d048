package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node as the person described it: only what was said, null where nothing was. Totals
 * ("a 48-core machine", "2 NUMA nodes with 32 CPUs each") are kept as said and reconciled with
 * the per-socket facts when the shape is resolved, so a later correction ("SMT off") is applied
 * to what was said, not to what was guessed from it.
 */
public record StatedNode(Integer sockets, Integer numaNodesPerSocket, Integer numaNodes, Integer coresPerSocket,
                         Integer cores, Integer threadsPerCore, Integer cpus, Integer cpusPerNumaNode,
                         Integer coresPerNumaNode, Quantity memoryPerNumaNode, Quantity memory,
                         Map<String, Quantity> hugepagesPerNumaNode, List<StatedDevice> devices, boolean noDevices) {
    public static final StatedNode NOTHING = new StatedNode(null, null, null, null, null, null, null, null, null,
            null, null, Map.of(), List.of(), false);

    public StatedNode {
        hugepagesPerNumaNode = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hugepagesPerNumaNode));
        devices = List.copyOf(devices);
        for (Integer n : new Integer[] {sockets, numaNodesPerSocket, numaNodes, coresPerSocket, cores, threadsPerCore,
            cpus, cpusPerNumaNode, coresPerNumaNode}) {
            if (n != null && n < 1) {
                throw new IllegalArgumentException("a count of " + n + " cannot describe a node");
            }
        }
    }

    /** True when something about the CPUs, NUMA nodes or memory was said (devices alone are not a shape). */
    public boolean hasShape() {
        return sockets != null || numaNodesPerSocket != null || numaNodes != null || coresPerSocket != null
                || cores != null || threadsPerCore != null || cpus != null || cpusPerNumaNode != null
                || coresPerNumaNode != null || memoryPerNumaNode != null || memory != null
                || !hugepagesPerNumaNode.isEmpty();
    }

    public boolean isEmpty() {
        return !hasShape() && devices.isEmpty() && !noDevices;
    }

    /**
     * This node with {@code later}'s statements on top: a fact said later wins. Devices said
     * later replace those of the same resource, unless they are added ("add a second GPU").
     * A new count (sockets, cores or CPUs) drops the totals said before that it would contradict.
     */
    public StatedNode then(StatedNode later) {
        List<StatedDevice> devs = new ArrayList<>();
        if (!later.noDevices) {
            for (StatedDevice d : devices) {
                boolean replaced = later.devices.stream().anyMatch(l -> !l.added() && l.resource().equals(d.resource()));
                if (!replaced) {
                    devs.add(d);
                }
            }
        }
        devs.addAll(later.devices);
        Map<String, Quantity> huge = new TreeMap<>(hugepagesPerNumaNode);
        huge.putAll(later.hugepagesPerNumaNode);
        boolean newCounts = later.sockets != null || later.coresPerSocket != null || later.cores != null
                || later.cpus != null || later.numaNodes != null || later.cpusPerNumaNode != null
                || later.coresPerNumaNode != null;
        boolean newThreads = later.threadsPerCore != null;
        // "SMT off" after "96 CPUs": keep the cores if they were said, else the CPUs stop meaning cores x 2.
        return new StatedNode(or(later.sockets, sockets), or(later.numaNodesPerSocket, numaNodesPerSocket),
                or(later.numaNodes, newCounts ? null : numaNodes), or(later.coresPerSocket, newCounts ? null : coresPerSocket),
                or(later.cores, newCounts ? null : cores), or(later.threadsPerCore, threadsPerCore),
                or(later.cpus, newCounts || newThreads && (cores != null || coresPerSocket != null) ? null : cpus),
                or(later.cpusPerNumaNode, newCounts || newThreads && coresPerNumaNode != null ? null : cpusPerNumaNode),
                or(later.coresPerNumaNode, newCounts ? null : coresPerNumaNode),
                or(later.memoryPerNumaNode, later.memory != null ? null : memoryPerNumaNode),
                or(later.memory, later.memoryPerNumaNode != null ? null : memory), huge, devs,
                later.noDevices || noDevices && later.devices.isEmpty());
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
