package dev.numaadvisor.adapter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.TopologyHint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code kind: HintMerge} document: NUMA nodes, policy, options, distances (by node id; empty
 * when not given), one hint list per provider in document order (null = the provider's nil list),
 * the release, and the optional documentation fields and {@code expected} block (null when absent).
 */
public record HintMergeDocument(String fileName, String name, String description, String source,
                                List<Integer> numaNodes, String policy, Map<String, String> policyOptions,
                                Map<Integer, Map<Integer, Integer>> distances,
                                Map<String, List<TopologyHint>> providers, KubeVersion kubernetesVersion,
                                JsonNode expected) {
    public HintMergeDocument {
        numaNodes = List.copyOf(numaNodes);
        policyOptions = Collections.unmodifiableMap(new TreeMap<>(policyOptions));
        TreeMap<Integer, Map<Integer, Integer>> d = new TreeMap<>();
        distances.forEach((k, v) -> d.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        distances = Collections.unmodifiableMap(d);
        Map<String, List<TopologyHint>> p = new LinkedHashMap<>();
        providers.forEach((k, v) -> p.put(k, v == null ? null : List.copyOf(v)));
        providers = Collections.unmodifiableMap(p);
    }
}
