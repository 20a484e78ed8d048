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

/** NUMA-CPU-003 reserved-cpu-count-rounded-up: A fractional CPU reservation is rounded up to whole CPUs. */
public final class ReservedCpuCountRoundedUp implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-003", "reserved-cpu-count-rounded-up", Severity.INFO, Scope.CONFIG, false,
            "A fractional CPU reservation is rounded up to whole CPUs",
            "Reserve whole CPUs, or list them in reservedSystemCPUs to choose which ones.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        long millis = Reservations.reservedCpuMillis(c);
        if (Reservations.isStatic(c) && reserved != null && reserved.isEmpty() && millis % 1000 != 0) {
            out.add(finding(v.at("kubeReserved.cpu", "systemReserved.cpu"), "kubeReserved.cpu + systemReserved.cpu = "
                    + millis + "m: the static policy reserves " + ((millis + 999) / 1000)
                    + " whole CPUs, picked from the lowest-numbered cores", null));
        }
        return out;
    }
}
