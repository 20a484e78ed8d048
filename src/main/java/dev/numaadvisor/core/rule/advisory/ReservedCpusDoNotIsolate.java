package dev.numaadvisor.core.rule.advisory;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-ADV-004 reserved-cpus-do-not-isolate: reservedSystemCPUs does not move system daemons, kernel threads or IRQs onto those CPUs. */
public final class ReservedCpusDoNotIsolate implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-004", "reserved-cpus-do-not-isolate", Severity.WARNING, Scope.CONFIG, false,
            "reservedSystemCPUs does not move system daemons, kernel threads or IRQs onto those CPUs",
            "Pair it with systemd CPUAffinity, IRQ affinity (irqaffinity=, irqbalance banned CPUs) and, for hard isolation, isolcpus/nohz_full.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!c.reservedSystemCPUs().isEmpty()) {
            out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + c.reservedSystemCPUs()
                    + "\" only keeps pods off those CPUs; system daemons and IRQs still run anywhere", null));
        }
        return out;
    }
}
