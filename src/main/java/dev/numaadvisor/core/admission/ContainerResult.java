package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.memory.ContainerMemory;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.topology.MergeWhy;
import java.util.List;
import java.util.Map;

/**
 * What happened to one container: hints per provider resource (a null list = no preference;
 * null map = the Topology Manager never reached it), the merged hint and why it won
 * ({@code mergeWhy}, null when no merge ran or the trace was off), and what it got.
 * {@code hintsTruncated} says, per resource whose list holds only the first hints (machines with
 * many NUMA nodes), what was left out; empty when every list is complete. {@code shortfalls}: when
 * the Topology Manager rejected it, which NUMA node could not hold which resource alone (else empty).
 * Under pod scope, {@code mergeWhy} and {@code shortfalls} are the pod's.
 */
public record ContainerResult(String name, boolean init, boolean exclusiveCpus,
                              Map<String, List<TopologyHint>> hints, TopologyHint mergedHint,
                              CpuSet cpus, ContainerMemory memory, Map<String, List<String>> devices,
                              Map<String, String> hintsTruncated, MergeWhy mergeWhy,
                              List<NumaShortfall> shortfalls) {
    public ContainerResult {
        hintsTruncated = hintsTruncated == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hintsTruncated));
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }
}
