package dev.numaadvisor.core.rule.gate;

import dev.numaadvisor.core.rule.FeatureGates;
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

/** NUMA-GATE-006 topology-policy-options-gate-disabled: topologyManagerPolicyOptions are set while the TopologyManagerPolicyOptions gate is off. */
public final class TopologyPolicyOptionsGateDisabled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-006", "topology-policy-options-gate-disabled", Severity.ERROR, Scope.CONFIG, true,
            "topologyManagerPolicyOptions are set while the TopologyManagerPolicyOptions gate is off",
            "Enable the TopologyManagerPolicyOptions gate or drop the options.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String gate = "TopologyManagerPolicyOptions";
        if (!c.topologyManagerPolicyOptions().isEmpty() && !v.gate(gate) && !FeatureGates.locked(gate, v.version())) {
            String map = GoText.map(c.topologyManagerPolicyOptions());
            out.add(finding(v.at("topologyManagerPolicyOptions"), "topologyManagerPolicyOptions " + map
                    + " need the TopologyManagerPolicyOptions gate, which is off", "topology manager policy options "
                    + map + " require feature gates \"TopologyManagerPolicyOptions\" enabled"));
        }
        return out;
    }
}
