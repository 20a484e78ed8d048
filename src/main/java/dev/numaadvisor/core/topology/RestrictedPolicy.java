package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * Policy {@code restricted} ({@code policy_restricted.go}): the best-effort merge, admitted only
 * when the merged hint is preferred.
 */
final class RestrictedPolicy implements Policy {
    private final BestEffortPolicy bestEffort;

    RestrictedPolicy(BestEffortPolicy bestEffort) {
        this.bestEffort = bestEffort;
    }

    @Override
    public String name() {
        return PolicyFactory.POLICY_RESTRICTED;
    }

    @Override
    public MergeResult merge(List<ProviderHints> providersHints, Trace trace) {
        TopologyHint best = bestEffort.bestHint(providersHints, trace);
        if (best.preferred()) {
            if (trace.enabled()) {
                trace.add("restricted admits: the merged hint " + best.affinity() + " is preferred");
            }
        } else {
            if (trace.enabled()) {
                trace.add("restricted admits only a preferred merged hint; the best is " + best.affinity()
                        + " not preferred, so the pod is rejected (TopologyAffinityError)");
            }
        }
        return new MergeResult(best, best.preferred());
    }
}
