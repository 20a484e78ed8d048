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

/** NUMA-POD-009 unexpected-admission-error: A container asks for more devices than the node has. */
public final class UnexpectedAdmissionError implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-009", "unexpected-admission-error", Severity.ERROR, Scope.POD, false,
            "A container asks for more devices than the node has",
            "Request at most the node's device count, or schedule the pod to a node with more devices.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        if (!v.hasMachine()) {
            return out;
        }
        for (LintPod p : v.pods()) {
            for (Container k : p.pod().allContainers()) {
                for (var e : k.requests().entrySet()) {
                    int have = v.machine().devicesOf(e.getKey()).size();
                    if (e.getKey().contains("/") && have > 0 && e.getValue().value() > have) {
                        out.add(finding(p.containerPosition(k, ".resources.requests." + e.getKey()), p.origin()
                                + " container " + k.name() + " requests " + e.getValue() + " " + e.getKey()
                                + " but the node has " + have, "Allocate failed due to requested number of devices "
                                + "unavailable for " + e.getKey() + ". Requested: " + e.getValue().value()
                                + ", Available: " + have + ", which is unexpected"));
                    }
                }
            }
        }
        return out;
    }
}
