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

/** NUMA-POD-002 fractional-cpu-request: A Guaranteed container with a fractional CPU request runs in the shared pool. */
public final class FractionalCpuRequest implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-002", "fractional-cpu-request", Severity.WARNING, Scope.POD, false,
            "A Guaranteed container with a fractional CPU request runs in the shared pool",
            "Request a whole number of CPUs (2000m is whole, 2500m is not) to get exclusive CPUs.");

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
            for (Container k : p.pod().allContainers()) {
                Quantity cpu = k.request("cpu");
                if (cpu != null && !cpu.isWhole()) {
                    out.add(finding(p.containerPosition(k, ".resources.requests.cpu"), p.origin() + " container "
                            + k.name() + " requests cpu " + cpu + ", not a whole number: it runs in the shared pool", null));
                }
            }
        }
        return out;
    }
}
