package dev.numaadvisor.core.rule.pod;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.QosClass;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-POD-003 init-container-cpu-reuse: Exclusive CPUs of init containers are reused by the app containers that follow. */
public final class InitContainerCpuReuse implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-003", "init-container-cpu-reuse", Severity.INFO, Scope.POD, false,
            "Exclusive CPUs of init containers are reused by the app containers that follow",
            "Size the pod for max(largest init container, sum of app containers and sidecars).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        for (LintPod p : v.pods()) {
            if (p.pod().qosClass() != QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().initContainers()) {
                Quantity cpu = k.request("cpu");
                if (cpu != null && cpu.isWhole() && !k.restartPolicyAlways()) {
                    out.add(finding(p.containerPosition(k, ".resources.requests.cpu"), p.origin() + " init container "
                            + k.name() + " gets " + cpu.value() + " exclusive CPUs that later app containers reuse", null));
                }
            }
        }
        return out;
    }
}
