package dev.numaadvisor.core.rule.pod;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.cpu.SmtAlignment;
import dev.numaadvisor.core.model.Quantity;
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

/** NUMA-POD-004 smt-alignment-error: With full-pcpus-only, a container's CPU count is not a multiple of the threads per core. */
public final class SmtAlignmentError implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-004", "smt-alignment-error", Severity.ERROR, Scope.POD, false,
            "With full-pcpus-only, a container's CPU count is not a multiple of the threads per core",
            "Request a multiple of the threads per core (e.g. 4 rather than 3 with SMT 2).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!v.hasMachine() || !Reservations.isStatic(c)
                || !Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.FULL_PCPUS_ONLY)) {
            return out;
        }
        int threads = v.machine().topology().cpusPerCore();
        for (LintPod p : v.pods()) {
            if (p.pod().qosClass() != QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().allContainers()) {
                Quantity cpu = k.request("cpu");
                String kubelet = SmtAlignment.notWholeCores(CpuManager.guaranteedCpus(p.pod(), k), threads);
                if (kubelet != null) {
                    out.add(finding(p.containerPosition(k, ".resources.requests.cpu"), p.origin() + " container "
                            + k.name() + " requests " + cpu.value() + " CPUs with full-pcpus-only and " + threads
                            + " threads per core: rejected (SMTAlignmentError)", kubelet));
                }
            }
        }
        return out;
    }
}
