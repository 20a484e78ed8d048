package dev.numaadvisor.core.rule.topology;

import dev.numaadvisor.core.rule.GoText;
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

/** NUMA-TM-004 unknown-topology-policy-option: topologyManagerPolicyOptions names an option this release does not know. */
public final class UnknownTopologyPolicyOption implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-004", "unknown-topology-policy-option", Severity.ERROR, Scope.CONFIG, true,
            "topologyManagerPolicyOptions names an option this release does not know",
            "Correct the option name or remove it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            return out; // options are not parsed at all with policy none (NUMA-TM-010)
        }
        for (String name : c.topologyManagerPolicyOptions().keySet()) {
            if (OptionMaturity.topologyOption(name, v.version()) == OptionMaturity.Level.UNAVAILABLE) {
                out.add(finding(v.at("topologyManagerPolicyOptions." + name), "unknown topologyManagerPolicyOptions "
                        + "name \"" + name + "\" for Kubernetes " + v.version()
                        + GoText.didYouMean(name, OptionMaturity.topologyOptionNames()),
                        "unknown Topology Manager Policy option: \"" + name + "\""));
            }
        }
        return out;
    }
}
