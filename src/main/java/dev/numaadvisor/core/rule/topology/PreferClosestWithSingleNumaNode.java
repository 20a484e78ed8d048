package dev.numaadvisor.core.rule.topology;

import dev.numaadvisor.core.rule.OptionMaturity;
import dev.numaadvisor.core.rule.Reservations;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-TM-011 prefer-closest-with-single-numa-node: prefer-closest-numa-nodes has no effect with single-numa-node. */
public final class PreferClosestWithSingleNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-011", "prefer-closest-with-single-numa-node", Severity.INFO, Scope.CONFIG, false,
            "prefer-closest-numa-nodes has no effect with single-numa-node",
            "Remove the option, or use best-effort/restricted where it matters.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(c.topologyManagerPolicy())
                && Reservations.option(c.topologyManagerPolicyOptions(), OptionMaturity.PREFER_CLOSEST_NUMA_NODES)) {
            out.add(finding(v.at("topologyManagerPolicyOptions." + OptionMaturity.PREFER_CLOSEST_NUMA_NODES),
                    "prefer-closest-numa-nodes does nothing with single-numa-node (every affinity is one node)", null));
        }
        return out;
    }
}
