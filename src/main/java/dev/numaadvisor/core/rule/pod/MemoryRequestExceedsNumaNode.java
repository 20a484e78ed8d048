package dev.numaadvisor.core.rule.pod;

import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.QosClass;
import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.rule.LintPod;
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

/** NUMA-POD-010 memory-request-exceeds-numa-node: A Guaranteed container needs more memory than any single NUMA node has. */
public final class MemoryRequestExceedsNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-010", "memory-request-exceeds-numa-node", Severity.WARNING, Scope.POD, false,
            "A Guaranteed container needs more memory than any single NUMA node has",
            "Shrink the request below one NUMA node's allocatable, or accept a cross-node group (not possible with single-numa-node).");

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
        long largest = v.machine().numaNodes().values().stream().mapToLong(NumaNode::memoryBytes).max().orElse(0);
        for (LintPod p : v.pods()) {
            if (p.pod().qosClass() != QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().allContainers()) {
                long want = k.requestValue("memory");
                if (largest > 0 && want > largest) {
                    out.add(finding(p.containerPosition(k, ".resources.requests.memory"), p.origin() + " container "
                            + k.name() + " requests " + GoText.bytes(want) + " of memory; the largest NUMA node has "
                            + GoText.bytes(largest) + ": it spans nodes and locks them into a group", null));
                }
            }
        }
        return out;
    }
}
