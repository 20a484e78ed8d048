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

/** NUMA-CPU-006 reserved-cpus-unparseable: reservedSystemCPUs is not a valid cpuset list. */
public final class ReservedCpusUnparseable implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-006", "reserved-cpus-unparseable", Severity.ERROR, Scope.CONFIG, true,
            "reservedSystemCPUs is not a valid cpuset list",
            "Write a cpuset list such as \"0-1,48-49\".");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        String text = c.reservedSystemCPUs();
        if (!text.isEmpty() && Reservations.reservedCpus(c) == null) {
            String why;
            try {
                CpuSet.parse(text.trim());
                why = "";
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
            out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + text + "\" is not a cpuset list: " + why,
                    "invalid configuration: unable to parse reservedSystemCPUs (--reserved-cpus) " + text
                            + ", error: " + why));
        }
        return out;
    }
}
