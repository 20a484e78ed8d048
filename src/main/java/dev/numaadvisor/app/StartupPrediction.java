package dev.numaadvisor.app;

import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.Severity;
import java.util.List;

/**
 * Predicts whether the kubelet starts: it does not when some error finding belongs to a rule the
 * catalogue marks as a start failure. Findings arrive in registry order (the kubelet's start-up
 * order), so the first such finding carries the message the kubelet prints. Small on purpose: the
 * simulator's own start-up may replace it.
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
