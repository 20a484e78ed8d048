package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The kubelet's {@code filterProvidersHints}: turns the providers' answers into one hint list per
 * resource, in provider order (resources of one provider sorted by name).
 * <ul>
 * <li>a provider with no answer at all: one list {@code [{any, preferred}]} for the provider;</li>
 * <li>a resource with a nil list (no NUMA preference): {@code [{any, preferred}]};</li>
 * <li>a resource with an empty list (cannot be satisfied anywhere): {@code [{any, not preferred}]};</li>
 * <li>otherwise the hints as given.</li>
 * </ul>
 */
public final class ProviderHintsFilter {
    private ProviderHintsFilter() {
    }

    /**
     * One resource's normalised hints and the name the trace uses for it; {@code rule} is set when
     * the hints were not all listed (then {@code hints} holds the first ones only).
     */
    record ResourceHints(String label, List<TopologyHint> hints, HintRule rule) {
    }

    /** {@code filterProvidersHints} without labels or trace. */
    public static List<List<TopologyHint>> filterProvidersHints(List<ProviderHints> providersHints) {
        List<List<TopologyHint>> out = new ArrayList<>();
        for (ResourceHints r : normalise(providersHints, Trace.disabled())) {
            out.add(r.hints());
        }
        return out;
    }

    /** "cpu manager" and the like, built once per provider name: two per container admission before. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> MANAGER_LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String managerLabel(String provider) {
        return MANAGER_LABELS.computeIfAbsent(provider, name -> name + " manager");
    }

    static List<ResourceHints> normalise(List<ProviderHints> providersHints, Trace trace) {
        List<ResourceHints> out = new ArrayList<>();
        for (int p = 0; p < providersHints.size(); p++) {
            ProviderHints provider = providersHints.get(p);
            if (provider.isEmpty()) {
                String label = provider.provider() == null ? "provider " + (p + 1) : managerLabel(provider.provider());
                if (trace.enabled()) {
                    trace.add(label + ": no hints for any resource, so it counts as any NUMA node, preferred");
                }
                out.add(new ResourceHints(label, List.of(TopologyHint.DONT_CARE), null));
                continue;
            }
            for (Map.Entry<String, List<TopologyHint>> entry : provider.byResource().entrySet()) {
                out.add(resource(entry.getKey(), entry.getValue(), provider.rules().get(entry.getKey()), trace));
            }
        }
        return out;
    }

    private static ResourceHints resource(String resource, List<TopologyHint> hints, HintRule rule,
                                          Trace trace) {
        if (hints == null) {
            trace.add(resource + ": no NUMA preference (nil hint list), so it counts as any NUMA node, preferred");
            return new ResourceHints(resource, List.of(TopologyHint.DONT_CARE), null);
        }
        if (hints.isEmpty()) {
            trace.add(resource + ": cannot be satisfied on any NUMA node (empty hint list), so it counts as "
                    + "any NUMA node, not preferred");
            return new ResourceHints(resource, List.of(TopologyHint.ZERO), null);
        }
        if (trace.enabled()) {
            trace.add(resource + ": " + HintWords.list(hints)
                    + (rule == null ? "" : "; not all listed: the merge reads every mask from the"
                    + " provider's rule"));
        }
        return new ResourceHints(resource, hints, rule);
    }

    /** True when some resource's hints were not all listed, so the bounded merge must run. */
    static boolean anyRule(List<ResourceHints> resources) {
        for (ResourceHints r : resources) {
            if (r.rule() != null) {
                return true;
            }
        }
        return false;
    }

    static List<List<TopologyHint>> hintsOf(List<ResourceHints> resources) {
        List<List<TopologyHint>> out = new ArrayList<>(resources.size());
        for (ResourceHints r : resources) {
            out.add(r.hints());
        }
        return out;
    }
}
