package dev.numaadvisor.core.rule.advisory;

import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.rule.Reservations;
import java.math.BigInteger;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-ADV-006 numa-node-allocatable-too-small: A NUMA node's allocatable memory (MemTotal - hugepages - reserved) is not positive. */
public final class NumaNodeAllocatableTooSmall implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-006", "numa-node-allocatable-too-small", Severity.WARNING, Scope.MACHINE, false,
            "A NUMA node's allocatable memory (MemTotal - hugepages - reserved) is not positive",
            "Move the reservation to a node with memory to spare, or shrink the hugepage pool there.");

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
            ReservedMemory r = c.reservedMemory().get(i);
            NumaNode node = v.machine().numaNodes().get(r.numaNode());
            if (node == null || r.limits().get("memory") == null) {
                continue;
            }
            long hugepages = node.hugepagesBytes().values().stream().mapToLong(Long::longValue).sum();
            BigInteger left = BigInteger.valueOf(node.memoryBytes() - hugepages).subtract(r.limits().get("memory")
                    .wholeValue());
            if (left.signum() <= 0) {
                out.add(finding(v.at("reservedMemory[" + i + "]"), "NUMA node " + r.numaNode() + " has "
                        + GoText.bytes(node.memoryBytes()) + " memory, " + GoText.bytes(hugepages)
                        + " hugepages and reserves " + r.limits().get("memory") + ": nothing is left for pods", null));
            }
        }
        return out;
    }
}
