package dev.numaadvisor.core.rule.topology;

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

/** NUMA-TM-001 invalid-topology-manager-policy: topologyManagerPolicy is not none, best-effort, restricted or single-numa-node. */
public final class InvalidTopologyManagerPolicy implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-001", "invalid-topology-manager-policy", Severity.ERROR, Scope.CONFIG, true,
            "topologyManagerPolicy is not none, best-effort, restricted or single-numa-node",
            "Use one of none, best-effort, restricted, single-numa-node.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String p = c.topologyManagerPolicy();
        if (!Set.of("none", "best-effort", "restricted", "single-numa-node").contains(p)) {
            out.add(finding(v.at("topologyManagerPolicy"), "topologyManagerPolicy \"" + p + "\" is not valid",
                    "invalid configuration: topologyManagerPolicy (--topology-manager-policy) \"" + p
                            + "\" must be one of: [\"none\" \"best-effort\" \"restricted\" \"single-numa-node\"]"));
        }
        return out;
    }
}
