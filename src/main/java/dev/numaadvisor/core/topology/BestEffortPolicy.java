package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * Policy {@code best-effort} ({@code policy_best_effort.go}): normalise, merge (prefer-closest
 * honoured), always admit; the stored hint may be not preferred or span every node.
 */
final class BestEffortPolicy implements Policy {
    private final NumaInfo numaInfo;
    private final boolean preferClosest;
    private final MergeAlgorithm algorithm;

    BestEffortPolicy(NumaInfo numaInfo, boolean preferClosest, MergeAlgorithm algorithm) {
        this.numaInfo = numaInfo;
        this.preferClosest = preferClosest;
        this.algorithm = algorithm;
    }

    @Override
    public String name() {
        return PolicyFactory.POLICY_BEST_EFFORT;
    }

    @Override
    public MergeResult merge(List<ProviderHints> providersHints, Trace trace) {
        TopologyHint best = bestHint(providersHints, trace);
        if (trace.enabled()) {
            trace.add("best-effort admits every pod; the stored hint is " + best);
        }
        return new MergeResult(best, true);
    }

    /** The merge alone; {@link RestrictedPolicy} reuses it with a stricter admission. */
    TopologyHint bestHint(List<ProviderHints> providersHints, Trace trace) {
        List<ProviderHintsFilter.ResourceHints> resources = ProviderHintsFilter.normalise(providersHints, trace);
        if (preferClosest) {
            trace.add("prefer-closest-numa-nodes: among merged hints of the same size, the lower average "
                    + "NUMA distance wins");
        }
        if (ProviderHintsFilter.anyRule(resources)) {
            return BoundedMerge.merge(numaInfo, resources, preferClosest, trace);
        }
        List<List<TopologyHint>> lists = ProviderHintsFilter.hintsOf(resources);
        return algorithm.merge(new HintMerger(numaInfo, lists, preferClosest), trace);
    }
}
