package dev.numaadvisor.core.rule.advisory;

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

/** NUMA-ADV-001 reserved-cpus-split-cores: reservedSystemCPUs reserves part of a physical core. */
public final class ReservedCpusSplitCores implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-001", "reserved-cpus-split-cores", Severity.WARNING, Scope.MACHINE, false,
            "reservedSystemCPUs reserves part of a physical core",
            "Reserve whole cores: add each reserved CPU's SMT siblings (thread_siblings_list).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (!v.hasMachine() || reserved == null || reserved.isEmpty()) {
            return out;
        }
        CpuSet missing = CpuSet.empty();
        for (int cpu : reserved.toArray()) {
            if (v.machine().topology().has(cpu)) {
                missing = missing.union(v.machine().topology().siblings(cpu).difference(reserved));
            }
        }
        if (!missing.isEmpty()) {
            out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + c.reservedSystemCPUs()
                    + "\" splits physical cores: siblings " + missing + " stay allocatable next to system daemons", null));
        }
        return out;
    }
}
