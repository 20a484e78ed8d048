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

/** NUMA-MEM-010 static-memory-with-topology-none: The Memory Manager is Static while the Topology Manager policy is none. */
public final class StaticMemoryWithTopologyNone implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-010", "static-memory-with-topology-none", Severity.WARNING, Scope.CONFIG, false,
            "The Memory Manager is Static while the Topology Manager policy is none",
            "Pair memoryManagerPolicy Static with a Topology Manager policy (single-numa-node or restricted).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (Reservations.memoryStatic(c) && KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            out.add(finding(v.at("memoryManagerPolicy"), "memoryManagerPolicy Static with topologyManagerPolicy none: "
                    + "memory NUMA placement is not coordinated with CPUs/devices", null));
        }
        return out;
    }
}
