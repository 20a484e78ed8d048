package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * Policy {@code none} ({@code policy_none.go}): no merge, the zero hint {any, not preferred},
 * always admitted. A real kubelet never even calls it: the none scope only runs the providers'
 * allocations.
 */
final class NonePolicy implements Policy {
    @Override
    public String name() {
        return PolicyFactory.POLICY_NONE;
    }

    @Override
    public MergeResult merge(List<ProviderHints> providersHints, Trace trace) {
        trace.add("policy none does not merge hints: the stored hint is " + TopologyHint.ZERO
                + " and every pod is admitted");
        return new MergeResult(TopologyHint.ZERO, true);
    }
}
