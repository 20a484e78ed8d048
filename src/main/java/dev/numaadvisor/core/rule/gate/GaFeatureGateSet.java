package dev.numaadvisor.core.rule.gate;

import dev.numaadvisor.core.rule.FeatureGates;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-GATE-003 ga-feature-gate-set: A GA feature gate is set to its default value. */
public final class GaFeatureGateSet implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-003", "ga-feature-gate-set", Severity.INFO, Scope.CONFIG, false,
            "A GA feature gate is set to its default value",
            "Remove the entry before the gate is removed (then naming it stops the kubelet).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        c.featureGates().forEach((name, value) -> {
            if (FeatureGates.ga(name, v.version()) && value) {
                out.add(finding(v.at("featureGates." + name), "feature gate " + name + " is GA in Kubernetes "
                        + v.version() + "; setting it to true does nothing and will fail once it is removed", null));
            }
        });
        return out;
    }
}
