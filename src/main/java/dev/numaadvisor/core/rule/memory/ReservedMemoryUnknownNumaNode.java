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

/** NUMA-MEM-005 reserved-memory-unknown-numa-node: reservedMemory names a NUMA node the machine does not have. */
public final class ReservedMemoryUnknownNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-005", "reserved-memory-unknown-numa-node", Severity.ERROR, Scope.MACHINE, true,
            "reservedMemory names a NUMA node the machine does not have",
            "Reserve only on NUMA nodes that exist (see numactl -H).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!v.hasMachine() || !Reservations.memoryStatic(c)) {
            return out;
        }
        for (int i = 0; i < c.reservedMemory().size(); i++) {
            int numa = c.reservedMemory().get(i).numaNode();
            if (!v.machine().numaNodes().containsKey(numa)) {
                out.add(finding(v.at("reservedMemory[" + i + "].numaNode", "reservedMemory[" + i + "]"),
                        "reservedMemory names NUMA node " + numa + " but the node has NUMA nodes "
                                + v.machine().numaNodeIds(), "the reserved memory configuration references a NUMA node "
                                + numa + " that does not exist on this machine"));
            }
        }
        return out;
    }
}
