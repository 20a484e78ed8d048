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

/** NUMA-GATE-001 unknown-feature-gate: featureGates names a gate the release does not know. */
public final class UnknownFeatureGate implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-001", "unknown-feature-gate", Severity.ERROR, Scope.CONFIG, true,
            "featureGates names a gate the release does not know",
            "Delete the entry: the feature is always on (or fix the spelling).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        for (String name : c.featureGates().keySet()) {
            FeatureGates.Gate g = FeatureGates.gate(name);
            String why;
            if (g != null && FeatureGates.removed(name, v.version())) {
                why = "was removed in 1." + g.removedFrom();
            } else if (g != null && v.version().minor() < g.introduced()) {
                why = "does not exist yet (added in 1." + g.introduced() + ")";
            } else if (g == null && !GoText.didYouMean(name, FeatureGates.names()).isEmpty()) {
                // We track only the NUMA gates: an untracked name is flagged only when it is a near miss.
                why = "is not a feature gate" + GoText.didYouMean(name, FeatureGates.names());
            } else {
                continue;
            }
            out.add(finding(v.at("featureGates." + name), "feature gate \"" + name + "\" " + why
                    + " in Kubernetes " + v.version(), "unrecognized feature gate: " + name));
        }
        return out;
    }
}
