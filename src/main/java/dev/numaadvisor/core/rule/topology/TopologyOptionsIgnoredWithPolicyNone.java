package dev.numaadvisor.core.rule.topology;

import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-TM-010 topology-options-ignored-with-policy-none: topologyManagerPolicyOptions are silently ignored with topologyManagerPolicy none. */
public final class TopologyOptionsIgnoredWithPolicyNone implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-010", "topology-options-ignored-with-policy-none", Severity.INFO, Scope.CONFIG, false,
            "topologyManagerPolicyOptions are silently ignored with topologyManagerPolicy none",
            "Remove the options, or set a Topology Manager policy if you expected them to act.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())
                && !c.topologyManagerPolicyOptions().isEmpty()) {
            out.add(finding(v.at("topologyManagerPolicyOptions"), "topologyManagerPolicyOptions "
                    + GoText.map(c.topologyManagerPolicyOptions()) + " are not even parsed: topologyManagerPolicy is none",
                    null));
        }
        return out;
    }
}
