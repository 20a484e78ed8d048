package dev.numaadvisor.core.rule.cpu;

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

/** NUMA-CPU-008 cpu-options-with-none-policy: cpuManagerPolicyOptions are set while cpuManagerPolicy is none. */
public final class CpuOptionsWithNonePolicy implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-008", "cpu-options-with-none-policy", Severity.ERROR, Scope.CONFIG, true,
            "cpuManagerPolicyOptions are set while cpuManagerPolicy is none",
            "Remove cpuManagerPolicyOptions or set cpuManagerPolicy: static.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.CPU_POLICY_NONE.equals(c.cpuManagerPolicy()) && !c.cpuManagerPolicyOptions().isEmpty()) {
            String map = GoText.map(c.cpuManagerPolicyOptions());
            out.add(finding(v.at("cpuManagerPolicyOptions"), "cpuManagerPolicyOptions " + map
                    + " are set while cpuManagerPolicy is none",
                    "new none policy error: None policy: received unsupported options=" + map));
        }
        return out;
    }
}
