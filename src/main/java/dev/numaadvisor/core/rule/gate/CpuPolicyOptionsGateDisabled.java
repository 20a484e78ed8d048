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

/** NUMA-GATE-005 cpu-policy-options-gate-disabled: cpuManagerPolicyOptions are set while the CPUManagerPolicyOptions gate is off. */
public final class CpuPolicyOptionsGateDisabled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-005", "cpu-policy-options-gate-disabled", Severity.ERROR, Scope.CONFIG, true,
            "cpuManagerPolicyOptions are set while the CPUManagerPolicyOptions gate is off",
            "Enable the CPUManagerPolicyOptions gate or drop the options.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String gate = "CPUManagerPolicyOptions";
        if (!c.cpuManagerPolicyOptions().isEmpty() && !v.gate(gate) && !FeatureGates.locked(gate, v.version())) {
            String map = GoText.map(c.cpuManagerPolicyOptions());
            out.add(finding(v.at("cpuManagerPolicyOptions"), "cpuManagerPolicyOptions " + map
                    + " need the CPUManagerPolicyOptions gate, which is off", "CPU Manager policy options " + map
                    + " require feature gates \"CPUManager\", \"CPUManagerPolicyOptions\" enabled"));
        }
        return out;
    }
}
