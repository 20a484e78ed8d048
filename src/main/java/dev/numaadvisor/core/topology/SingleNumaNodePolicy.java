package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.HintSpace;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy {@code single-numa-node} ({@code policy_single_numa_node.go}): keep only preferred hints
 * for one NUMA node or any node, merge them (never with prefer-closest), report a merge over all
 * nodes as any node (nil), admit when preferred.
 */
final class SingleNumaNodePolicy implements Policy {
    private final NumaInfo numaInfo;
    private final MergeAlgorithm algorithm;

    SingleNumaNodePolicy(NumaInfo numaInfo, MergeAlgorithm algorithm) {
        this.numaInfo = numaInfo;
        this.algorithm = algorithm;
    }

    @Override
    public String name() {
        return PolicyFactory.POLICY_SINGLE_NUMA_NODE;
    }

    /**
     * {@code filterSingleNumaHints}: per list, the hints that are preferred and have either a nil
     * affinity or exactly one NUMA node. A list may become empty (then nothing can be admitted).
     */
    public static List<List<TopologyHint>> filterSingleNumaHints(List<List<TopologyHint>> lists) {
        List<List<TopologyHint>> out = new ArrayList<>(lists.size());
        for (List<TopologyHint> list : lists) {
            List<TopologyHint> kept = new ArrayList<>();
            for (TopologyHint hint : list) {
                if (hint.preferred() && (hint.affinity() == null || hint.affinity().count() == 1)) {
                    kept.add(hint);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The filter over resources, some of which may have a rule instead of a full list: their
     * preferred single nodes are read from the rule, in id order (the order of the kubelet's list).
     */
    private static List<List<TopologyHint>> filterResources(List<ProviderHintsFilter.ResourceHints> resources) {
        List<List<TopologyHint>> out = new ArrayList<>(resources.size());
        for (ProviderHintsFilter.ResourceHints r : resources) {
            if (r.rule() == null) {
                out.add(filterSingleNumaHints(List.of(r.hints())).get(0));
                continue;
            }
            HintSpace space = r.rule().space();
            List<TopologyHint> kept = new ArrayList<>();
            for (long b = space.universe(); b != 0; b &= b - 1) {
                long single = Long.lowestOneBit(b);
                if (space.isPreferred(single)) {
                    kept.add(new TopologyHint(new NumaMask(single), true));
                }
            }
            out.add(kept);
        }
        return out;
    }

    @Override
    public MergeResult merge(List<ProviderHints> providersHints, Trace trace) {
        List<ProviderHintsFilter.ResourceHints> resources = ProviderHintsFilter.normalise(providersHints, trace);
        List<List<TopologyHint>> filtered = filterResources(resources);
        if (trace.enabled()) {
            traceFilter(resources, filtered, trace);
        }
        TopologyHint best = algorithm.merge(new HintMerger(numaInfo, filtered, false), trace);
        if (best.affinity() != null && best.affinity().equals(numaInfo.defaultAffinityMask())) {
            if (trace.enabled()) {
                trace.add("the merged hint covers every NUMA node " + best.affinity()
                        + ", which single-numa-node reports as any NUMA node (nil affinity)");
            }
            best = new TopologyHint(null, best.preferred());
        }
        if (best.preferred()) {
            if (trace.enabled()) {
                trace.add("single-numa-node admits: the merged hint " + best + " is preferred");
            }
        } else {
            if (trace.enabled()) {
                trace.add("single-numa-node admits only a preferred merged hint on one NUMA node; the best is "
                        + best + ", so the pod is rejected (TopologyAffinityError)");
            }
        }
        return new MergeResult(best, best.preferred());
    }

    private static void traceFilter(List<ProviderHintsFilter.ResourceHints> resources,
                                    List<List<TopologyHint>> filtered, Trace trace) {
        for (int i = 0; i < resources.size(); i++) {
            List<TopologyHint> kept = filtered.get(i);
            if (resources.get(i).rule() != null) {
                trace.add("single-numa-node keeps only preferred hints for one NUMA node (or any node): "
                        + resources.get(i).label() + " keeps " + HintWords.list(kept)
                        + " (read from its rule), drops every other mask");
                continue;
            }
            int dropped = resources.get(i).hints().size() - kept.size();
            if (dropped > 0) {
                trace.add("single-numa-node keeps only preferred hints for one NUMA node (or any node): "
                        + resources.get(i).label() + " keeps " + HintWords.list(kept) + ", drops " + dropped);
            }
        }
    }
}
