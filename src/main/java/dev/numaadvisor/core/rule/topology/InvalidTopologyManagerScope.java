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

/** NUMA-TM-002 invalid-topology-manager-scope: topologyManagerScope is not container or pod. */
public final class InvalidTopologyManagerScope implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-002", "invalid-topology-manager-scope", Severity.ERROR, Scope.CONFIG, true,
            "topologyManagerScope is not container or pod",
            "Use container or pod.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String s = c.topologyManagerScope();
        if (!KubeletConfig.SCOPE_CONTAINER.equals(s) && !KubeletConfig.SCOPE_POD.equals(s)) {
            out.add(finding(v.at("topologyManagerScope"), "topologyManagerScope \"" + s
                    + "\" is not valid (container or pod)", "invalid configuration: topologyManagerScope "
                    + "(--topology-manager-scope) \"" + s + "\" must be one of: \"container\", or \"pod\""));
        }
        return out;
    }
}
