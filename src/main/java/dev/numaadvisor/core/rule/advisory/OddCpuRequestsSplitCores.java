package dev.numaadvisor.core.rule.advisory;

import dev.numaadvisor.core.cpu.SmtAlignment;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.QosClass;
import dev.numaadvisor.core.rule.LintPod;
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

/** NUMA-ADV-008 odd-cpu-requests-split-cores: With SMT on and no full-pcpus-only, a CPU count that is not whole cores splits a core between containers. */
public final class OddCpuRequestsSplitCores implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-008", "odd-cpu-requests-split-cores", Severity.WARNING, Scope.POD, false,
            "With SMT on and no full-pcpus-only, a CPU count that is not whole cores splits a core between containers",
            "Request whole cores (multiples of the threads per core) or enable full-pcpus-only.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!v.hasMachine() || !Reservations.isStatic(c)
                || Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.FULL_PCPUS_ONLY)) {
            return out;
        }
        int threads = v.machine().topology().cpusPerCore();
        for (LintPod p : v.pods()) {
            if (threads < 2 || p.pod().qosClass() != QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().allContainers()) {
                var cpu = k.request("cpu");
                if (cpu != null && cpu.isWhole() && SmtAlignment.notWholeCores(cpu.value(), threads) != null) {
                    out.add(finding(p.containerPosition(k, ".resources.requests.cpu"), p.origin()
                            + " container " + k.name() + " gets " + cpu.value() + " exclusive CPUs, not a multiple of "
                            + threads + " threads per core: one core is shared with another container", null));
                }
            }
        }
        return out;
    }
}
