package dev.numaadvisor.core.rule.memory;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-MEM-001 unknown-memory-manager-policy: memoryManagerPolicy is not None or Static (BestEffort is Windows-only). */
public final class UnknownMemoryManagerPolicy implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-001", "unknown-memory-manager-policy", Severity.ERROR, Scope.CONFIG, true,
            "memoryManagerPolicy is not None or Static (BestEffort is Windows-only)",
            "Use None or Static, capitalised as written here.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String p = c.memoryManagerPolicy();
        if (KubeletConfig.MEMORY_POLICY_BEST_EFFORT.equals(p)) {
            out.add(finding(v.at("memoryManagerPolicy"), "memoryManagerPolicy \"BestEffort\" is Windows-only; "
                    + "on Linux use None or Static", "policy \"BestEffort\" is not available for platform \"linux\""));
        } else if (!KubeletConfig.MEMORY_POLICY_NONE.equals(p) && !KubeletConfig.MEMORY_POLICY_STATIC.equals(p)) {
            String hint = p.equalsIgnoreCase("static") ? ": write \"Static\" (capitalised)"
                    : p.equalsIgnoreCase("none") ? ": write \"None\" (capitalised)" : "";
            out.add(finding(v.at("memoryManagerPolicy"), "memoryManagerPolicy \"" + p + "\" is not None or Static"
                    + hint, "unknown policy: \"" + p + "\""));
        }
        return out;
    }
}
