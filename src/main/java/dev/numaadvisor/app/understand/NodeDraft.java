package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node facts while they are being read. Saying one fact twice with different values is a
 * contradiction: the second is kept out and named, so nothing is simulated on a guess.
 */
final class NodeDraft {
    Integer sockets;
    Integer numaNodesPerSocket;
    Integer numaNodes;
    Integer coresPerSocket;
    Integer cores;
    Integer threadsPerCore;
    Integer cpus;
    Integer cpusPerNumaNode;
    Integer coresPerNumaNode;
    Quantity memoryPerNumaNode;
    Quantity memory;
    final Map<String, Quantity> hugepagesPerNumaNode = new TreeMap<>();
    final List<StatedDevice> devices = new ArrayList<>();
    boolean noDevices;
    final List<String> contradictions = new ArrayList<>();

    /** {@code current} unless it is already set to something else, in which case the clash is recorded. */
    private final Map<String, String> saidFor = new TreeMap<>();

    <T> T set(String what, T current, T value, String said) {
        if (current != null && !current.equals(value)) {
            contradictions.add("'" + said + "' and '" + saidFor.getOrDefault(what, String.valueOf(current))
                    + "' disagree on the " + what + ": " + value + " or " + current + "?");
            return current;
        }
        saidFor.putIfAbsent(what, said);
        return value;
    }

    StatedNode build() {
        return new StatedNode(sockets, numaNodesPerSocket, numaNodes, coresPerSocket, cores, threadsPerCore, cpus,
                cpusPerNumaNode, coresPerNumaNode, memoryPerNumaNode, memory, hugepagesPerNumaNode, devices,
                noDevices);
    }
}
