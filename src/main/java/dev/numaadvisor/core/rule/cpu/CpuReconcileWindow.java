package dev.numaadvisor.core.rule.cpu;

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

/** NUMA-CPU-019 cpu-reconcile-window: cpuManagerReconcilePeriod is how long a new pinning may take to reach running containers. */
public final class CpuReconcileWindow implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-019", "cpu-reconcile-window", Severity.INFO, Scope.CONFIG, false,
            "cpuManagerReconcilePeriod is how long a new pinning may take to reach running containers",
            "Keep the default 10s unless you have measured a need; shorter periods cost kubelet CPU.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String period = v.scalars().get("cpuManagerReconcilePeriod");
        if (Reservations.isStatic(c) && period != null) {
            out.add(finding(v.at("cpuManagerReconcilePeriod"), "cpuManagerReconcilePeriod \"" + period
                    + "\": until a reconcile, a newly pinned container may share CPUs with the shared pool", null));
        }
        return out;
    }
}
