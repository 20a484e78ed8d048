package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;

/** How a policy finds the best merged hint. Both give the same hint; a property test checks it. */
public enum MergeAlgorithm {
    /** The kubelet's fold over every combination: the reference, cost = product of list sizes. */
    PERMUTATIONS {
        @Override
        TopologyHint best(HintMerger merger) {
            return merger.mergeByPermutations();
        }
    },
    /** The best of the distinct merged candidates: no cross product, usable at 16-64 NUMA nodes. */
    DISTINCT_CANDIDATES {
        @Override
        TopologyHint best(HintMerger merger) {
            return DistinctCandidates.best(merger);
        }
    };

    abstract TopologyHint best(HintMerger merger);

    /** The best merged hint; when the trace is on, also says in words why it won. */
    public TopologyHint merge(HintMerger merger, Trace trace) {
        TopologyHint best = best(merger);
        if (trace.enabled()) {
            MergeExplanation.explain(merger, best, trace);
        }
        return best;
    }
}
