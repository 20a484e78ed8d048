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

/** NUMA-TM-008 prefer-closest-numa-nodes-bad-boolean: prefer-closest-numa-nodes is not a boolean the kubelet accepts. */
public final class PreferClosestNumaNodesBadBoolean implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-008", "prefer-closest-numa-nodes-bad-boolean", Severity.ERROR, Scope.CONFIG, true,
            "prefer-closest-numa-nodes is not a boolean the kubelet accepts",
            "Write \"true\" or \"false\" (quoted).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String raw = c.topologyManagerPolicyOptions().get(OptionMaturity.PREFER_CLOSEST_NUMA_NODES);
        if (raw != null && !KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())
                && OptionMaturity.parseBool(raw) == null) {
            out.add(finding(v.at("topologyManagerPolicyOptions." + OptionMaturity.PREFER_CLOSEST_NUMA_NODES),
                    "prefer-closest-numa-nodes value \"" + raw + "\" is not a boolean (use \"true\")",
                    "bad value for option \"prefer-closest-numa-nodes\": strconv.ParseBool: parsing \"" + raw
                            + "\": invalid syntax"));
        }
        return out;
    }
}
