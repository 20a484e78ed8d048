package dev.numaadvisor.core.rule.memory;

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

/** NUMA-MEM-009 reserved-memory-without-static: reservedMemory is ignored unless memoryManagerPolicy is Static. */
public final class ReservedMemoryWithoutStatic implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-009", "reserved-memory-without-static", Severity.INFO, Scope.CONFIG, false,
            "reservedMemory is ignored unless memoryManagerPolicy is Static",
            "Set memoryManagerPolicy: Static, or remove reservedMemory.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!c.reservedMemory().isEmpty() && KubeletConfig.MEMORY_POLICY_NONE.equals(c.memoryManagerPolicy())) {
            out.add(finding(v.at("reservedMemory"), "reservedMemory is validated but otherwise ignored: "
                    + "memoryManagerPolicy is None", null));
        }
        return out;
    }
}
