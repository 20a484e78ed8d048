package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.problem.SourcePosition;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.util.List;

/**
 * A start-up failure the simulator found but no rule reported (checkpoint validation has no rule
 * of its own check): it becomes a finding of the failure's rule, so the verdict never stands alone.
 */
final class StartupFinding {
    private StartupFinding() {
    }

    /** The finding to add, or null when a finding of the failure's rule is already there (or no rule). */
    static Finding unlessReported(KubeletStartError e, List<Finding> findings, RuleRegistry registry,
                                  SourcePosition at) {
        RuleInfo info = e.rule() == null ? null : registry.info(e.rule());
        if (info == null || findings.stream().anyMatch(f -> f.ruleId().equals(e.rule()))) {
            return null;
        }
        return new Finding(info.id(), info.name(), info.severity(), "the kubelet would not start: "
                + e.getMessage(), e.getMessage(), info.remediation(), at);
    }
}
