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

/** NUMA-TM-012 single-numa-node-container-scope: single-numa-node with container scope aligns each container separately. */
public final class SingleNumaNodeContainerScope implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-012", "single-numa-node-container-scope", Severity.WARNING, Scope.CONFIG, false,
            "single-numa-node with container scope aligns each container separately",
            "Set topologyManagerScope: pod when a pod's containers must share one NUMA node.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(c.topologyManagerPolicy())
                && KubeletConfig.SCOPE_CONTAINER.equals(c.topologyManagerScope())) {
            out.add(finding(v.at("topologyManagerScope", "topologyManagerPolicy"), "single-numa-node with "
                    + "topologyManagerScope container: two containers of one pod may land on different NUMA nodes", null));
        }
        return out;
    }
}
