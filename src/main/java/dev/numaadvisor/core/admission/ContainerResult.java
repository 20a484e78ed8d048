package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.memory.ContainerMemory;
import dev.numaadvisor.core.model.CpuSet;
import java.util.List;
import java.util.Map;

/**
 * What happened to one container: hints per provider resource (a null list = no preference;
 * null map = the Topology Manager never reached it), the merged hint, and what it got.
 * {@code hintsTruncated} says, per resource whose list holds only the first hints (machines with
 * many NUMA nodes), what was left out; empty when every list is complete.
 */
public record ContainerResult(String name, boolean init, boolean exclusiveCpus,
                              Map<String, List<TopologyHint>> hints, TopologyHint mergedHint,
                              CpuSet cpus, ContainerMemory memory, Map<String, List<String>> devices,
                              Map<String, String> hintsTruncated) {
    public ContainerResult {
        hintsTruncated = hintsTruncated == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hintsTruncated));
    }
}
