package dev.numaadvisor.core.hint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one hint provider answers for a pod or container: per resource either {@code null}
 * (no preference: the kubelet's nil list), an empty list (cannot be satisfied anywhere), or hints.
 * An empty map means the provider has no opinion about anything. On machines with too many NUMA
 * nodes to list every hint, a resource also has a {@link HintRule}: its list then holds only the
 * first hints, and the rule decides every other mask.
 */
public final class ProviderHints {
    private static final ProviderHints NONE = new ProviderHints(Map.of(), Map.of());

    private final Map<String, List<TopologyHint>> byResource;
    private final Map<String, HintRule> rules;
    private final String provider;

    private ProviderHints(Map<String, List<TopologyHint>> byResource, Map<String, HintRule> rules) {
        TreeMap<String, List<TopologyHint>> m = new TreeMap<>();
        byResource.forEach((k, v) -> m.put(k, v == null ? null : Collections.unmodifiableList(new ArrayList<>(v))));
        this.byResource = Collections.unmodifiableMap(m);
        for (String resource : rules.keySet()) {
            if (m.get(resource) == null || m.get(resource).isEmpty()) {
                throw new IllegalArgumentException("a hint rule for " + resource + " needs listed hints");
            }
        }
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.provider = null;
    }

    private ProviderHints(ProviderHints hints, String provider) {
        this.byResource = hints.byResource;
        this.rules = hints.rules;
        this.provider = provider;
    }

    /** The same answer, named after the provider that gave it (for traces). */
    public ProviderHints from(String providerName) {
        return new ProviderHints(this, providerName);
    }

    /** The provider's name ({@code cpu}, {@code memory}, {@code device}), or null when unnamed. */
    public String provider() {
        return provider;
    }

    public static ProviderHints none() {
        return NONE;
    }

    public static ProviderHints of(Map<String, List<TopologyHint>> byResource) {
        return new ProviderHints(byResource, Map.of());
    }

    /** Listed hints, plus a rule for each resource whose hints were not all listed. */
    public static ProviderHints of(Map<String, List<TopologyHint>> byResource, Map<String, HintRule> rules) {
        return new ProviderHints(byResource, rules);
    }

    public static ProviderHints of(String resource, List<TopologyHint> hints) {
        Map<String, List<TopologyHint>> m = new TreeMap<>();
        m.put(resource, hints);
        return new ProviderHints(m, Map.of());
    }

    /** One resource, listed in part: the first hints and the rule for all of them. */
    public static ProviderHints of(String resource, List<TopologyHint> listed, HintRule rule) {
        if (rule == null) {
            return of(resource, listed);
        }
        return new ProviderHints(Map.of(resource, listed), Map.of(resource, rule));
    }

    /** Sorted by resource name; values may be null (don't care). */
    public Map<String, List<TopologyHint>> byResource() {
        return byResource;
    }

    /** Rules of the resources whose hints were not all listed; empty when every list is complete. */
    public Map<String, HintRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return byResource.isEmpty();
    }
}
