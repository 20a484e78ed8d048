package dev.numaadvisor.core.rule.topology;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-TM-003 too-many-numa-nodes: A Topology Manager policy on a machine with more NUMA nodes than the limit. */
public final class TooManyNumaNodes implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-003", "too-many-numa-nodes", Severity.ERROR, Scope.MACHINE, true,
            "A Topology Manager policy on a machine with more NUMA nodes than the limit",
            "Set topologyManagerPolicyOptions max-allowable-numa-nodes to the node count (1.31+, admission cost grows as 2^N), or use policy none.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        Integer limit = MaxNumaNodes.limit(c);
        if (!v.hasMachine() || limit == null || KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            return out;
        }
        // All NUMA nodes count, including CPU-less memory nodes (Grace/GB200 report 34-36).
        int n = v.machine().numaNodes().size();
        if (n > limit) {
            out.add(finding(v.at("topologyManagerPolicy"), "node has " + n + " NUMA nodes (more than " + limit
                    + "): the Topology Manager refuses to start" + (limit == MaxNumaNodes.DEFAULT_MAX_NUMA_NODES
                    ? " without max-allowable-numa-nodes" : ""),
                    "unsupported on machines with more than " + limit + " NUMA Nodes"));
        }
        return out;
    }
}
