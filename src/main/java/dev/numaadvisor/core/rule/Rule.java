package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.List;

/** One check of the catalogue: describes itself and returns its findings (empty when clean). */
public interface Rule {
    RuleInfo info();

    List<Finding> check(LintView view);

    /** A finding at the rule's own severity with the rule's remediation as the fix. */
    default Finding finding(SourcePosition at, String message, String kubeletMessage) {
        RuleInfo i = info();
        return new Finding(i.id(), i.name(), i.severity(), message, kubeletMessage, i.remediation(), at);
    }

    /**
     * As {@link #finding}, for a check of the CPU Manager's {@code NewStaticPolicy}: the kubelet
     * prints its error behind the CPU Manager's prefix, so the kubelet message carries it too.
     */
    default Finding staticPolicyFinding(SourcePosition at, String message, String kubeletMessage) {
        return finding(at, message, CpuManager.STATIC_POLICY_ERROR + kubeletMessage);
    }
}
