package dev.numaadvisor.core.rule.cpu;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-CPU-001 unknown-cpu-manager-policy: cpuManagerPolicy is not exactly none or static. */
public final class UnknownCpuManagerPolicy implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-001", "unknown-cpu-manager-policy", Severity.ERROR, Scope.CONFIG, true,
            "cpuManagerPolicy is not exactly none or static",
            "Use lower-case static or none (the CPU Manager is case-sensitive, unlike the Memory Manager).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String p = c.cpuManagerPolicy();
        if (!KubeletConfig.CPU_POLICY_NONE.equals(p) && !KubeletConfig.CPU_POLICY_STATIC.equals(p)) {
            String hint = p.equalsIgnoreCase("static") || p.equalsIgnoreCase("none")
                    ? ": write \"" + p.toLowerCase(java.util.Locale.ROOT) + "\" in lower case" : "";
            out.add(finding(v.at("cpuManagerPolicy"), "cpuManagerPolicy \"" + p + "\" is not none or static" + hint,
                    "unknown policy: \"" + p + "\""));
        }
        return out;
    }
}
