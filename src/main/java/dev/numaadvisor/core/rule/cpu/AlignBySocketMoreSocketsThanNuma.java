package dev.numaadvisor.core.rule.cpu;

import dev.numaadvisor.core.rule.GoText;
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

/** NUMA-CPU-014 align-by-socket-more-sockets-than-numa: align-by-socket on a machine with more sockets than NUMA nodes. */
public final class AlignBySocketMoreSocketsThanNuma implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-014", "align-by-socket-more-sockets-than-numa", Severity.ERROR, Scope.MACHINE, true,
            "align-by-socket on a machine with more sockets than NUMA nodes",
            "Drop align-by-socket, or boot the machine with NUMA enabled (one node per socket at least).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (v.hasMachine() && Reservations.isStatic(c)
                && Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.ALIGN_BY_SOCKET)) {
            int sockets = v.machine().topology().numSockets();
            int numa = v.machine().topology().numNumaNodes();
            if (sockets > numa) {
                out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + OptionMaturity.ALIGN_BY_SOCKET), "align-by-socket on a "
                        + "machine with " + sockets + " sockets but " + numa + " NUMA nodes",
                        "Align by socket is not compatible with hardware where number of sockets are more than number of NUMA"));
            }
        }
        return out;
    }
}
