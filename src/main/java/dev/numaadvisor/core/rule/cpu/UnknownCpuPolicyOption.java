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

/** NUMA-CPU-009 unknown-cpu-policy-option: cpuManagerPolicyOptions names an option this release does not know. */
public final class UnknownCpuPolicyOption implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-009", "unknown-cpu-policy-option", Severity.ERROR, Scope.CONFIG, true,
            "cpuManagerPolicyOptions names an option this release does not know",
            "Correct the option name (see the CPU Manager options of your release) or remove it.");

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
            if (OptionMaturity.cpuOption(name, v.version()) == OptionMaturity.Level.UNAVAILABLE) {
                out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + name), "unknown cpuManagerPolicyOptions name \""
                        + name + "\" for Kubernetes " + v.version()
                        + GoText.didYouMean(name, OptionMaturity.cpuOptionNames()),
                        "unknown CPU Manager Policy option: \"" + name + "\""));
            }
        }
        return out;
    }
}
