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

/** NUMA-GATE-002 locked-feature-gate-flipped: A locked GA feature gate is set to the opposite of its locked value. */
public final class LockedFeatureGateFlipped implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-002", "locked-feature-gate-flipped", Severity.ERROR, Scope.CONFIG, true,
            "A locked GA feature gate is set to the opposite of its locked value",
            "Remove the entry: the gate is locked on.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        c.featureGates().forEach((name, value) -> {
            if (FeatureGates.locked(name, v.version()) && !value) {
                out.add(finding(v.at("featureGates." + name), "feature gate " + name + " is locked to true in Kubernetes "
                        + v.version() + " and cannot be set to false",
                        "cannot set feature gate " + name + " to false, feature is locked to true"));
            }
        });
        return out;
    }
}
