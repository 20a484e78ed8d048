package dev.numaadvisor.core.rule.cpu;

import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.rule.OptionMaturity;
import dev.numaadvisor.core.rule.Reservations;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-CPU-010 cpu-policy-option-gate-disabled: A CPU Manager option is used without the feature gate of its maturity level. */
public final class CpuPolicyOptionGateDisabled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-010", "cpu-policy-option-gate-disabled", Severity.ERROR, Scope.CONFIG, true,
            "A CPU Manager option is used without the feature gate of its maturity level",
            "Enable CPUManagerPolicyAlphaOptions for alpha options, or stop disabling CPUManagerPolicyBetaOptions for beta ones.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!Reservations.isStatic(c)) {
            return out;
        }
        for (String name : c.cpuManagerPolicyOptions().keySet()) {
            OptionMaturity.Level level = OptionMaturity.cpuOption(name, v.version());
            String gate = level == OptionMaturity.Level.ALPHA ? "CPUManagerPolicyAlphaOptions"
                    : level == OptionMaturity.Level.BETA ? "CPUManagerPolicyBetaOptions" : null;
            if (gate != null && !v.gate(gate)) {
                String word = level == OptionMaturity.Level.ALPHA ? "Alpha" : "Beta";
                out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + name), name + " is a " + word.toLowerCase(
                        java.util.Locale.ROOT) + " option in Kubernetes " + v.version() + " but " + gate
                        + " is disabled", "CPU Manager Policy " + word + "-level Options not enabled, but option \""
                        + name + "\" provided"));
            }
        }
        return out;
    }
}
