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

/** NUMA-CPU-018 full-pcpus-only-rejects-odd-requests: full-pcpus-only turns CPU requests that are not whole cores into SMTAlignmentError. */
public final class FullPcpusOnlyRejectsOddRequests implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-018", "full-pcpus-only-rejects-odd-requests", Severity.INFO, Scope.CONFIG, false,
            "full-pcpus-only turns CPU requests that are not whole cores into SMTAlignmentError",
            "Size exclusive CPU requests as multiples of the threads per core.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        boolean smtOff = v.hasMachine() && v.machine().topology().cpusPerCore() == 1;
        if (Reservations.isStatic(c) && !smtOff
                && Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.FULL_PCPUS_ONLY)) {
            out.add(finding(v.at("cpuManagerPolicyOptions." + OptionMaturity.FULL_PCPUS_ONLY), "full-pcpus-only: a "
                    + "Guaranteed container whose CPU count is not a multiple of the threads per core is rejected "
                    + "(SMTAlignmentError) instead of sharing a core", null));
        }
        return out;
    }
}
