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

/** NUMA-MEM-008 reserved-memory-duplicate-entry: The same NUMA node and resource appear twice in reservedMemory. */
public final class ReservedMemoryDuplicateEntry implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-008", "reserved-memory-duplicate-entry", Severity.ERROR, Scope.CONFIG, true,
            "The same NUMA node and resource appear twice in reservedMemory",
            "Merge the duplicate entries into one per NUMA node.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.reservedMemory().size(); i++) {
            ReservedMemory r = c.reservedMemory().get(i);
            for (String type : r.limits().keySet()) {
                if (!seen.add(r.numaNode() + "/" + type)) {
                    out.add(finding(v.at("reservedMemory[" + i + "]"), "duplicate reservedMemory entry for NUMA node "
                            + r.numaNode() + " / " + type, "invalid configuration: the reserved memory has a duplicate "
                            + "value for NUMA node " + r.numaNode() + " and resource \"" + type + "\""));
                }
            }
        }
        return out;
    }
}
