package dev.numaadvisor.core.rule.memory;

import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.rule.Reservations;
import java.util.HashSet;
import java.util.Set;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-MEM-007 reserved-memory-zero-quantity: A reservedMemory quantity is zero. */
public final class ReservedMemoryZeroQuantity implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-007", "reserved-memory-zero-quantity", Severity.ERROR, Scope.CONFIG, true,
            "A reservedMemory quantity is zero",
            "Remove the zero entry or give it a positive quantity.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        for (int i = 0; i < c.reservedMemory().size(); i++) {
            ReservedMemory r = c.reservedMemory().get(i);
            for (var e : r.limits().entrySet()) {
                if (e.getValue().isZero()) {
                    out.add(finding(v.at("reservedMemory[" + i + "].limits", "reservedMemory[" + i + "]"),
                            "reservedMemory quantity for NUMA node " + r.numaNode() + " and " + e.getKey()
                                    + " may not be zero", "invalid configuration: reserved memory may not be zero for "
                                    + "NUMA node " + r.numaNode() + " and resource \"" + e.getKey() + "\""));
                }
            }
        }
        return out;
    }
}
