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

/** NUMA-TM-005 topology-policy-option-gate-disabled: A Topology Manager option is used without the feature gate of its maturity level. */
public final class TopologyPolicyOptionGateDisabled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-005", "topology-policy-option-gate-disabled", Severity.ERROR, Scope.CONFIG, true,
            "A Topology Manager option is used without the feature gate of its maturity level",
            "Enable TopologyManagerPolicyAlphaOptions for alpha options, or stop disabling TopologyManagerPolicyBetaOptions.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            return out;
        }
        for (String name : c.topologyManagerPolicyOptions().keySet()) {
            OptionMaturity.Level level = OptionMaturity.topologyOption(name, v.version());
            String gate = level == OptionMaturity.Level.ALPHA ? "TopologyManagerPolicyAlphaOptions"
                    : level == OptionMaturity.Level.BETA ? "TopologyManagerPolicyBetaOptions" : null;
            if (gate != null && !v.gate(gate)) {
                String word = level == OptionMaturity.Level.ALPHA ? "Alpha" : "Beta";
                out.add(finding(v.at("topologyManagerPolicyOptions." + name), name + " is a "
                        + word.toLowerCase(java.util.Locale.ROOT) + " option in Kubernetes " + v.version() + " but "
                        + gate + " is disabled", "Topology Manager Policy " + word
                        + "-level Options not enabled, but option \"" + name + "\" provided"));
            }
        }
        return out;
    }
}
