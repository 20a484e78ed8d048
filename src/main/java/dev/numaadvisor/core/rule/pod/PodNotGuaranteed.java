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

/** NUMA-POD-001 pod-not-guaranteed: The pod is not Guaranteed, so neither the CPU nor the Memory Manager pins it. */
public final class PodNotGuaranteed implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-001", "pod-not-guaranteed", Severity.WARNING, Scope.POD, false,
            "The pod is not Guaranteed, so neither the CPU nor the Memory Manager pins it",
            "Give every container, init containers included, cpu and memory requests equal to limits.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        for (LintPod p : v.pods()) {
            if (p.pod().qosClass() == QosClass.Guaranteed) {
                continue;
            }
            for (Container k : p.pod().allContainers()) {
                String why = whyNotGuaranteed(k);
                if (why != null) {
                    out.add(finding(p.containerPosition(k, ".resources"), p.origin() + " is "
                            + p.pod().qosClass().name() + ", not Guaranteed: "
                            + (p.pod().isInit(k) ? "init container " : "container ") + k.name() + " " + why, null));
                    break;
                }
            }
        }
        return out;
    }

    /** Why one container keeps the pod from Guaranteed, or null when it does not. */
    static String whyNotGuaranteed(Container k) {
        for (String r : new String[] {"cpu", "memory"}) {
            Quantity limit = k.limits().get(r);
            Quantity request = k.request(r);
            if (limit == null || limit.isZero()) {
                return "has no " + r + " limit";
            }
            if (request != null && !request.sameAmount(limit)) {
                return "requests " + r + " " + request + " but its limit is " + limit;
            }
        }
        return null;
    }
}
