package dev.numaadvisor.core.rule.reservation;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-RES-002 enforce-allocatable-without-cgroup: enforceNodeAllocatable enforces system-reserved or kube-reserved without the matching cgroup. */
public final class EnforceAllocatableWithoutCgroup implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-RES-002", "enforce-allocatable-without-cgroup", Severity.ERROR, Scope.CONFIG, true,
            "enforceNodeAllocatable enforces system-reserved or kube-reserved without the matching cgroup",
            "Set the matching *ReservedCgroup, or keep enforceNodeAllocatable: [pods] (the usual choice with reservedSystemCPUs).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        List<String> enforce = c.enforceNodeAllocatable();
        if ((enforce.contains("system-reserved") || enforce.contains("system-reserved-compressible"))
                && c.systemReservedCgroup().isEmpty()) {
            out.add(finding(v.at("enforceNodeAllocatable"), "enforceNodeAllocatable includes system-reserved but "
                    + "systemReservedCgroup is not set", "invalid configuration: systemReservedCgroup "
                    + "(--system-reserved-cgroup) must be specified when \"system-reserved\" or "
                    + "\"system-reserved-compressible\" included in enforceNodeAllocatable (--enforce-node-allocatable)"));
        }
        if ((enforce.contains("kube-reserved") || enforce.contains("kube-reserved-compressible"))
                && c.kubeReservedCgroup().isEmpty()) {
            out.add(finding(v.at("enforceNodeAllocatable"), "enforceNodeAllocatable includes kube-reserved but "
                    + "kubeReservedCgroup is not set", "invalid configuration: kubeReservedCgroup "
                    + "(--kube-reserved-cgroup) must be specified when \"kube-reserved\" or "
                    + "\"kube-reserved-compressible\" included in enforceNodeAllocatable (--enforce-node-allocatable)"));
        }
        return out;
    }
}
