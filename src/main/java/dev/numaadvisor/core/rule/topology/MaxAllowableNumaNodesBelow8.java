package dev.numaadvisor.core.rule.topology;

import dev.numaadvisor.core.rule.OptionMaturity;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-TM-007 max-allowable-numa-nodes-below-8: max-allowable-numa-nodes is below 8. */
public final class MaxAllowableNumaNodesBelow8 implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-007", "max-allowable-numa-nodes-below-8", Severity.ERROR, Scope.CONFIG, true,
            "max-allowable-numa-nodes is below 8",
            "Remove the option (the default is 8) or set it to at least 8.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        Integer n = MaxNumaNodes.atoi(MaxNumaNodes.raw(c));
        if (n != null && n < MaxNumaNodes.DEFAULT_MAX_NUMA_NODES
                && !KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            out.add(finding(v.at("topologyManagerPolicyOptions." + OptionMaturity.MAX_ALLOWABLE_NUMA_NODES),
                    "max-allowable-numa-nodes " + n + " must be at least 8",
                    "the minimum value of \"max-allowable-numa-nodes\" should not be less than 8"));
        }
        return out;
    }
}
