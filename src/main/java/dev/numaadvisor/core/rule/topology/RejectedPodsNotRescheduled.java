package dev.numaadvisor.core.rule.topology;

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

/** NUMA-TM-013 rejected-pods-not-rescheduled: Pods rejected by the Topology Manager fail and are not rescheduled; controllers keep recreating them. */
public final class RejectedPodsNotRescheduled implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-013", "rejected-pods-not-rescheduled", Severity.WARNING, Scope.POD, false,
            "Pods rejected by the Topology Manager fail and are not rescheduled; controllers keep recreating them",
            "Steer these workloads with nodeSelector/taints and a topology-aware scheduler (NodeResourceTopology).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!Reservations.topologyAligns(c)) {
            return out;
        }
        for (LintPod p : v.pods()) {
            if (!p.origin().startsWith("Pod/")) {
                out.add(finding(p.position(), p.origin() + " under topologyManagerPolicy " + c.topologyManagerPolicy()
                        + ": a replica rejected with TopologyAffinityError stays Failed and the controller creates "
                        + "another, possibly on the same node", null));
            }
        }
        return out;
    }
}
