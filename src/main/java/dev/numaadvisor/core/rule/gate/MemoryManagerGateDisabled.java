package dev.numaadvisor.core.rule.gate;

import dev.numaadvisor.core.rule.FeatureGates;
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

/** NUMA-GATE-004 memory-manager-gate-disabled: memoryManagerPolicy Static while the MemoryManager gate is off: the policy is silently ignored. */
public final class MemoryManagerGateDisabled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-GATE-004", "memory-manager-gate-disabled", Severity.ERROR, Scope.CONFIG, false,
            "memoryManagerPolicy Static while the MemoryManager gate is off: the policy is silently ignored",
            "Enable the MemoryManager feature gate (or upgrade to a release where it is on).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (Reservations.memoryStatic(c) && !v.gate("MemoryManager") && !FeatureGates.locked("MemoryManager", v.version())) {
            out.add(finding(v.at("featureGates.MemoryManager", "memoryManagerPolicy"), "memoryManagerPolicy Static "
                    + "has no effect: the MemoryManager gate is off in Kubernetes " + v.version(), null));
        }
        return out;
    }
}
