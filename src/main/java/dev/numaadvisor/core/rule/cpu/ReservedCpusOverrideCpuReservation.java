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

/** NUMA-CPU-004 reserved-cpus-override-cpu-reservation: reservedSystemCPUs overrides the cpu entries of kubeReserved and systemReserved. */
public final class ReservedCpusOverrideCpuReservation implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-004", "reserved-cpus-override-cpu-reservation", Severity.INFO, Scope.CONFIG, false,
            "reservedSystemCPUs overrides the cpu entries of kubeReserved and systemReserved",
            "Remove kubeReserved.cpu and systemReserved.cpu: they are dead configuration next to reservedSystemCPUs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (reserved != null && !reserved.isEmpty()
                && (c.kubeReserved().containsKey("cpu") || c.systemReserved().containsKey("cpu"))) {
            out.add(finding(v.at("kubeReserved.cpu", "systemReserved.cpu"), "reservedSystemCPUs \""
                    + c.reservedSystemCPUs() + "\" is set, so the cpu entries of kubeReserved/systemReserved are "
                    + "ignored: the reservation is " + reserved.size() + " CPUs", null));
        }
        return out;
    }
}
