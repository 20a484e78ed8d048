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

/** NUMA-CPU-020 cfs-quota-on-exclusive-cpus: Containers with exclusive CPUs still get a CFS quota and can be throttled. */
public final class CfsQuotaOnExclusiveCpus implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-020", "cfs-quota-on-exclusive-cpus", Severity.WARNING, Scope.CONFIG, false,
            "Containers with exclusive CPUs still get a CFS quota and can be throttled",
            "Upgrade to 1.33+ (DisableCPUQuotaWithExclusiveCPUs on by default) or set cpuCFSQuota: false on dedicated nodes.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        boolean quotaDisabled = v.version().atLeast(1, 33) && v.gate("DisableCPUQuotaWithExclusiveCPUs");
        boolean cfsOff = "false".equals(v.scalars().get("cpuCFSQuota"));
        if (Reservations.isStatic(c) && !quotaDisabled && !cfsOff) {
            out.add(finding(v.at("cpuManagerPolicy"), "Kubernetes " + v.version() + " with "
                    + "DisableCPUQuotaWithExclusiveCPUs off: pinned containers keep a CFS quota and may be throttled", null));
        }
        return out;
    }
}
