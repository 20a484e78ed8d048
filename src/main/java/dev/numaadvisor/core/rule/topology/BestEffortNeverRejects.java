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

/** NUMA-TM-014 best-effort-never-rejects: best-effort never rejects a pod; misalignment shows only in logs and metrics. */
public final class BestEffortNeverRejects implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-TM-014", "best-effort-never-rejects", Severity.INFO, Scope.CONFIG, false,
            "best-effort never rejects a pod; misalignment shows only in logs and metrics",
            "Watch kubelet_container_aligned_compute_resources_* metrics, or use restricted/single-numa-node to enforce alignment.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.TOPOLOGY_POLICY_BEST_EFFORT.equals(c.topologyManagerPolicy())) {
            out.add(finding(v.at("topologyManagerPolicy"), "topologyManagerPolicy best-effort admits misaligned pods "
                    + "silently", null));
        }
        return out;
    }
}
