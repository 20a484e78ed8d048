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

/** NUMA-MEM-006 reserved-memory-unsupported-resource: reservedMemory lists a resource other than memory or hugepages-<size>. */
public final class ReservedMemoryUnsupportedResource implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-006", "reserved-memory-unsupported-resource", Severity.ERROR, Scope.CONFIG, true,
            "reservedMemory lists a resource other than memory or hugepages-<size>",
            "Keep only memory (and hugepages-<size>) under reservedMemory limits.");

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
            for (String type : r.limits().keySet()) {
                if (!"memory".equals(type) && !type.startsWith("hugepages-")) {
                    out.add(finding(v.at("reservedMemory[" + i + "].limits", "reservedMemory[" + i + "]"),
                            "reservedMemory accepts only memory and hugepages-<size>, not \"" + type + "\" (NUMA node "
                                    + r.numaNode() + ")", "invalid configuration: the limit type \"" + type
                                    + "\" for NUMA node " + r.numaNode()
                                    + " is not supported, only [memory hugepages-<HugePageSize>] is accepted"));
                }
            }
        }
        return out;
    }
}
