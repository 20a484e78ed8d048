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

/** NUMA-ADV-003 reservation-placement-per-numa: How the CPU reservation is spread over the NUMA nodes. */
public final class ReservationPlacementPerNuma implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-003", "reservation-placement-per-numa", Severity.INFO, Scope.MACHINE, false,
            "How the CPU reservation is spread over the NUMA nodes",
            "Reserve one core per NUMA node for symmetric capacity, or all on one node for contiguous capacity elsewhere.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (!v.hasMachine() || reserved == null || reserved.isEmpty() || !Reservations.isStatic(c)) {
            return out;
        }
        StringBuilder free = new StringBuilder();
        for (int numa : v.machine().topology().numaNodeIds()) {
            CpuSet all = v.machine().topology().cpusInNuma(numa);
            free.append(free.length() == 0 ? "" : ", ").append("NUMA ").append(numa).append(": ")
                    .append(all.difference(reserved).size()).append(" of ").append(all.size());
        }
        out.add(finding(v.at("reservedSystemCPUs"), "allocatable CPUs per NUMA node after reservedSystemCPUs \""
                + c.reservedSystemCPUs() + "\": " + free, null));
        return out;
    }
}
