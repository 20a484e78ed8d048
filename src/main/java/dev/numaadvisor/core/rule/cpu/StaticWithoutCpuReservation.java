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

/** NUMA-CPU-002 static-without-cpu-reservation: The static CPU Manager policy needs a non-zero CPU reservation. */
public final class StaticWithoutCpuReservation implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-002", "static-without-cpu-reservation", Severity.ERROR, Scope.CONFIG, true,
            "The static CPU Manager policy needs a non-zero CPU reservation",
            "Set reservedSystemCPUs (whole cores, e.g. \"0,48\") or kubeReserved.cpu/systemReserved.cpu of at least 1 CPU in total.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (Reservations.isStatic(c) && reserved != null && reserved.isEmpty()
                && Reservations.reservedCpuMillis(c) == 0) {
            out.add(finding(v.at("cpuManagerPolicy"), "cpuManagerPolicy static with no CPU reservation: neither "
                    + "reservedSystemCPUs nor a non-zero kubeReserved.cpu/systemReserved.cpu is set",
                    "[cpumanager] unable to determine reserved CPU resources for static policy"));
        }
        return out;
    }
}
