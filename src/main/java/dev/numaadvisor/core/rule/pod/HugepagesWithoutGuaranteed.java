package dev.numaadvisor.core.rule.pod;

import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-POD-006 hugepages-without-guaranteed: Hugepages are requested by a pod that is not Guaranteed, so the Memory Manager ignores it. */
public final class HugepagesWithoutGuaranteed implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-006", "hugepages-without-guaranteed", Severity.WARNING, Scope.POD, false,
            "Hugepages are requested by a pod that is not Guaranteed, so the Memory Manager ignores it",
            "Give every container cpu and memory requests equal to limits, and hugepages requests equal to limits.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        for (LintPod p : v.pods()) {
            if (p.pod().qosClass() == dev.numaadvisor.core.pod.QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().allContainers()) {
                for (String r : k.requests().keySet()) {
                    if (r.startsWith("hugepages-")) {
                        out.add(finding(p.containerPosition(k, ".resources.requests." + r), p.origin() + " container "
                                + k.name() + " requests " + r + " but the pod is not Guaranteed: no NUMA pinning", null));
                    }
                }
            }
        }
        return out;
    }
}
