package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's {@code cpu_manager_state} file: policy name, shared pool ({@code defaultCpuSet}),
 * exclusive sets per pod UID and container name, and a checksum (0 = not checked). Maps are sorted
 * and unmodifiable; no argument may be null.
 */
public record CpuManagerCheckpoint(
        String policyName,
        CpuSet defaultCpuSet,
        Map<String, Map<String, CpuSet>> entries,
        long checksum) {
    public CpuManagerCheckpoint {
        if (policyName == null || defaultCpuSet == null || entries == null) {
            throw new IllegalArgumentException(
                    "a CPU manager checkpoint needs policyName, defaultCpuSet and entries");
        }
        TreeMap<String, Map<String, CpuSet>> copy = new TreeMap<>();
        entries.forEach(
                (pod, containers) ->
                        copy.put(pod, Collections.unmodifiableMap(new TreeMap<>(containers))));
        entries = Collections.unmodifiableMap(copy);
    }

    /** The same state with the checksum the kubelet itself would write for it. */
    public CpuManagerCheckpoint withKubeletChecksum() {
        return new CpuManagerCheckpoint(policyName, defaultCpuSet, entries, kubeletChecksum());
    }

    /** The checksum the kubelet computes for this content (see {@link CpuCheckpointChecksum}). */
    public long kubeletChecksum() {
        return CpuCheckpointChecksum.of(this);
    }
}
