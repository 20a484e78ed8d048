package dev.numaadvisor.core.rule.memory;

import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.rule.Reservations;
import java.util.TreeSet;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-MEM-011 reserved-memory-on-one-numa-node: All of reservedMemory sits on one NUMA node of a multi-node machine. */
public final class ReservedMemoryOnOneNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-011", "reserved-memory-on-one-numa-node", Severity.WARNING, Scope.MACHINE, false,
            "All of reservedMemory sits on one NUMA node of a multi-node machine",
            "Split the reservation across NUMA nodes, or put it where reservedSystemCPUs live.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!v.hasMachine() || !Reservations.memoryStatic(c) || c.reservedMemory().isEmpty()) {
            return out;
        }
        TreeSet<Integer> nodes = new TreeSet<>();
        for (ReservedMemory r : c.reservedMemory()) {
            nodes.add(r.numaNode());
        }
        if (nodes.size() == 1 && v.machine().topology().numNumaNodes() > 1) {
            out.add(finding(v.at("reservedMemory"), "all reservedMemory is on NUMA node " + nodes.first()
                    + " of " + v.machine().topology().numNumaNodes() + ": only that node's allocatable memory shrinks",
                    null));
        }
        return out;
    }
}
