package dev.numaadvisor.core.rule.cpu;

import dev.numaadvisor.core.rule.OptionMaturity;
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

/** NUMA-CPU-017 reserved-cpus-in-shared-pool: Without strict-cpu-reservation the reserved CPUs stay in the shared pool. */
public final class ReservedCpusInSharedPool implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-017", "reserved-cpus-in-shared-pool", Severity.WARNING, Scope.CONFIG, false,
            "Without strict-cpu-reservation the reserved CPUs stay in the shared pool",
            "Set cpuManagerPolicyOptions strict-cpu-reservation: \"true\" (1.32+) so no pod runs on the reserved CPUs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        boolean available = OptionMaturity.cpuOption(OptionMaturity.STRICT_CPU_RESERVATION, v.version())
                != OptionMaturity.Level.UNAVAILABLE;
        if (available && Reservations.isStatic(c) && !c.reservedSystemCPUs().isEmpty()
                && !Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.STRICT_CPU_RESERVATION)) {
            out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + c.reservedSystemCPUs()
                    + "\" are still in the shared pool: Burstable and BestEffort pods run on them", null));
        }
        return out;
    }
}
