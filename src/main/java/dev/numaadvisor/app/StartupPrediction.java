package dev.numaadvisor.app;

import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * Predicts whether the kubelet starts: it does not when some error finding belongs to a rule the
 * catalogue marks as a start failure. Findings arrive in registry order (the kubelet's start-up
 * order), so the first such finding carries the message the kubelet prints. Small on purpose: the
 * simulator's own start-up may replace it.
 */
final class StartupPrediction {
    /** The CPU Manager wraps every error of {@code NewStaticPolicy} in this prefix. */
    static final String STATIC_POLICY_ERROR = "new static policy error: ";
    /**
     * Rules whose kubelet message comes out of {@code NewStaticPolicy} (option parsing, option
     * pairs, align-by-socket, the reserved count): found by the cross-check with the simulator,
     * which printed the prefix the kubelet prints while lint did not.
     */
    static final Set<String> FROM_NEW_STATIC_POLICY = Set.of("NUMA-CPU-009", "NUMA-CPU-010", "NUMA-CPU-011",
            "NUMA-CPU-012", "NUMA-CPU-013", "NUMA-CPU-014", "NUMA-CPU-015");

    private StartupPrediction() {
    }

    /** The kubelet's start-up error, or null when it starts. */
    static String startError(List<Finding> findingsInRegistryOrder, RuleRegistry registry) {
        for (Finding f : findingsInRegistryOrder) {
            RuleInfo info = registry.info(f.ruleId());
            if (info != null && info.startFailure() && f.severity() == Severity.ERROR) {
                String message = f.kubeletMessage() != null ? f.kubeletMessage() : f.message();
                boolean wrapped = FROM_NEW_STATIC_POLICY.contains(f.ruleId()) && f.kubeletMessage() != null
                        && !message.startsWith(STATIC_POLICY_ERROR);
                return wrapped ? STATIC_POLICY_ERROR + message : message;
            }
        }
        return null;
    }
}
