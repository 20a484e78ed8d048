package dev.numaadvisor.core.memory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's {@code memory_manager_state} file: the policy that wrote it, the machine state per
 * NUMA node id, the memory blocks per pod UID and container name, and the checksum (the simulator
 * writes 0 and does not verify it). Maps are sorted; never null.
 */
public record MemoryManagerCheckpoint(
        String policyName,
        Map<Integer, NumaNodeState> machineState,
        Map<String, Map<String, List<MemoryBlock>>> entries,
        long checksum) {
    public MemoryManagerCheckpoint {
        policyName = policyName == null ? "" : policyName;
        machineState =
                Collections.unmodifiableMap(
                        new TreeMap<>(machineState == null ? Map.of() : machineState));
        TreeMap<String, Map<String, List<MemoryBlock>>> e = new TreeMap<>();
        if (entries != null) {
            entries.forEach(
                    (pod, containers) -> {
                        TreeMap<String, List<MemoryBlock>> c = new TreeMap<>();
                        containers.forEach((name, blocks) -> c.put(name, List.copyOf(blocks)));
                        e.put(pod, Collections.unmodifiableMap(c));
                    });
        }
        entries = Collections.unmodifiableMap(e);
    }

    /** A file with a policy name and nothing else, as a fresh kubelet writes it. */
    public static MemoryManagerCheckpoint empty(String policyName) {
        return new MemoryManagerCheckpoint(policyName, Map.of(), Map.of(), 0);
    }
}
