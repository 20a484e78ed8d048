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

/** NUMA-CPU-011 cpu-policy-option-bad-boolean: A CPU Manager option value is not a boolean the kubelet accepts. */
public final class CpuPolicyOptionBadBoolean implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-011", "cpu-policy-option-bad-boolean", Severity.ERROR, Scope.CONFIG, true,
            "A CPU Manager option value is not a boolean the kubelet accepts",
            "Write \"true\" or \"false\" (quoted); yes/on are not accepted.");

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
        c.cpuManagerPolicyOptions().forEach((name, value) -> {
            boolean known = OptionMaturity.cpuOption(name, v.version()) != OptionMaturity.Level.UNAVAILABLE;
            if (known && OptionMaturity.parseBool(value) == null) {
                out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + name), name + " value \"" + value
                        + "\" is not a boolean (use \"true\")", "bad value for option \"" + name
                        + "\": strconv.ParseBool: parsing \"" + value + "\": invalid syntax"));
            }
        });
        return out;
    }
}
