package dev.numaadvisor.core.rule.cpu;

import dev.numaadvisor.core.model.CpuSet;
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

/** NUMA-CPU-005 reserved-cpus-with-reserved-cgroup: reservedSystemCPUs cannot be combined with systemReservedCgroup or kubeReservedCgroup. */
public final class ReservedCpusWithReservedCgroup implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-005", "reserved-cpus-with-reserved-cgroup", Severity.ERROR, Scope.CONFIG, true,
            "reservedSystemCPUs cannot be combined with systemReservedCgroup or kubeReservedCgroup",
            "Drop systemReservedCgroup/kubeReservedCgroup (and their enforceNodeAllocatable entries), or reserve with kubeReserved/systemReserved instead of a CPU list.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        boolean cgroup = !c.systemReservedCgroup().isEmpty() || !c.kubeReservedCgroup().isEmpty();
        if (!c.reservedSystemCPUs().isEmpty() && cgroup) {
            String which = !c.systemReservedCgroup().isEmpty() ? "systemReservedCgroup \"" + c.systemReservedCgroup()
                    : "kubeReservedCgroup \"" + c.kubeReservedCgroup();
            out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + c.reservedSystemCPUs()
                    + "\" is set together with " + which + "\"",
                    "invalid configuration: can't use reservedSystemCPUs (--reserved-cpus) with systemReservedCgroup "
                            + "(--system-reserved-cgroup) or kubeReservedCgroup (--kube-reserved-cgroup)"));
        }
        return out;
    }
}
