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

/** NUMA-CPU-015 reserved-cpus-cannot-be-satisfied: The CPU reservation is larger than the machine. */
public final class ReservedCpusCannotBeSatisfied implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-015", "reserved-cpus-cannot-be-satisfied", Severity.ERROR, Scope.MACHINE, true,
            "The CPU reservation is larger than the machine",
            "Reserve fewer CPUs than the node has.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (v.hasMachine() && Reservations.isStatic(c) && reserved != null && reserved.isEmpty()) {
            long wanted = (Reservations.reservedCpuMillis(c) + 999) / 1000;
            CpuSet all = v.machine().topology().all();
            if (wanted > all.size()) {
                out.add(staticPolicyFinding(v.at("kubeReserved.cpu", "systemReserved.cpu"), "the reservation asks for " + wanted
                        + " CPUs but the node has " + all.size(), "[cpumanager] unable to reserve the required amount of "
                        + "CPUs (size of " + all + " did not equal " + wanted + ")"));
            }
        }
        return out;
    }
}
