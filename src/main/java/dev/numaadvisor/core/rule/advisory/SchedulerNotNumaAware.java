package dev.numaadvisor.core.rule.advisory;

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

/** NUMA-ADV-005 scheduler-not-numa-aware: The scheduler does not consult the Topology Manager: pods can be bound where admission fails. */
public final class SchedulerNotNumaAware implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-005", "scheduler-not-numa-aware", Severity.WARNING, Scope.CONFIG, false,
            "The scheduler does not consult the Topology Manager: pods can be bound where admission fails",
            "Use the NodeResourceTopology scheduler plugin with NFD topology-updater or RTE.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (Reservations.topologyAligns(c)) {
            out.add(finding(v.at("topologyManagerPolicy"), "topologyManagerPolicy " + c.topologyManagerPolicy()
                    + " rejects at admission, but the default scheduler does not know NUMA capacity", null));
        }
        return out;
    }
}
