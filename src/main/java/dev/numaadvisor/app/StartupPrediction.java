package dev.numaadvisor.app;

import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.Severity;
import java.util.List;

/**
 * Lint's start-up verdict when no machine is known, so the simulator's start-up cannot run: the
 * kubelet does not start when some error finding belongs to a rule the catalogue marks as a start
 * failure. Findings arrive in registry order (the kubelet's start-up order), so the first such
 * finding carries the message the kubelet prints (rules put the kubelet's prefixes in it).
 */
final class StartupPrediction {
    private StartupPrediction() {
    }

    /** The kubelet's start-up error, or null when it starts. */
    static String startError(List<Finding> findingsInRegistryOrder, RuleRegistry registry) {
        for (Finding f : findingsInRegistryOrder) {
            RuleInfo info = registry.info(f.ruleId());
            if (info != null && info.startFailure() && f.severity() == Severity.ERROR) {
                return f.kubeletMessage() != null ? f.kubeletMessage() : f.message();
            }
        }
        return null;
    }
}
