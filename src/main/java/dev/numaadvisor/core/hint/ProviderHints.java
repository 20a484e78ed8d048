package dev.numaadvisor.core.hint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one hint provider answers for a pod or container: per resource either {@code null}
 * (no preference: the kubelet's nil list), an empty list (cannot be satisfied anywhere), or hints.
 * An empty map means the provider has no opinion about anything.
 */
public final class ProviderHints {
    private static final ProviderHints NONE = new ProviderHints(Map.of());

    private final Map<String, List<TopologyHint>> byResource;
    private final String provider;

    private ProviderHints(Map<String, List<TopologyHint>> byResource) {
        TreeMap<String, List<TopologyHint>> m = new TreeMap<>();
        byResource.forEach((k, v) -> m.put(k, v == null ? null : Collections.unmodifiableList(new ArrayList<>(v))));
        this.byResource = Collections.unmodifiableMap(m);
        this.provider = null;
    }

    private ProviderHints(ProviderHints hints, String provider) {
        this.byResource = hints.byResource;
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
        return new ProviderHints(byResource);
    }

    public static ProviderHints of(String resource, List<TopologyHint> hints) {
        Map<String, List<TopologyHint>> m = new TreeMap<>();
        m.put(resource, hints);
        return new ProviderHints(m);
    }

    /** Sorted by resource name; values may be null (don't care). */
    public Map<String, List<TopologyHint>> byResource() {
        return byResource;
    }

    public boolean isEmpty() {
        return byResource.isEmpty();
    }
}
