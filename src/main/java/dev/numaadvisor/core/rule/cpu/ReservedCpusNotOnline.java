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

/** NUMA-CPU-007 reserved-cpus-not-online: reservedSystemCPUs names CPUs the machine does not have. */
public final class ReservedCpusNotOnline implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-007", "reserved-cpus-not-online", Severity.ERROR, Scope.MACHINE, true,
            "reservedSystemCPUs names CPUs the machine does not have",
            "Reserve only CPUs that exist on the node (see lscpu), e.g. the first core of each socket and its SMT sibling.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (v.hasMachine() && reserved != null && !reserved.isEmpty()) {
            CpuSet online = v.machine().topology().all();
            if (!online.containsAll(reserved)) {
                out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + c.reservedSystemCPUs()
                        + "\" includes CPUs " + reserved.difference(online) + " that are not online (the node has "
                        + online + ")", "reserved-cpus: " + reserved + " is not a subset of online-cpus: " + online));
            }
        }
        return out;
    }
}
