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

/** NUMA-TM-006 max-allowable-numa-nodes-not-integer: max-allowable-numa-nodes is not an integer. */
public final class MaxAllowableNumaNodesNotInteger implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-006", "max-allowable-numa-nodes-not-integer", Severity.ERROR, Scope.CONFIG, true,
            "max-allowable-numa-nodes is not an integer",
            "Write the node count as a quoted integer, e.g. max-allowable-numa-nodes: \"16\".");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String raw = MaxNumaNodes.raw(c);
        if (raw != null && !KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())
                && MaxNumaNodes.atoi(raw) == null) {
            out.add(finding(v.at("topologyManagerPolicyOptions." + OptionMaturity.MAX_ALLOWABLE_NUMA_NODES),
                    "max-allowable-numa-nodes must be an integer, not \"" + raw + "\"", "unable to convert policy "
                    + "option to integer \"max-allowable-numa-nodes\": strconv.Atoi: parsing \"" + raw
                    + "\": invalid syntax"));
        }
        return out;
    }
}
