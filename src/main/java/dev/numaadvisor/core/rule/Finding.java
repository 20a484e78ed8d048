package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.problem.SourcePosition;

/**
 * One problem a rule found. {@code message} names the offending value; {@code kubeletMessage} is
 * the kubelet's own string when it has one (else null); {@code severity} is usually the rule's.
 */
public record Finding(String ruleId, String name, Severity severity, String message, String kubeletMessage,
                      String fix, SourcePosition position) {
    public Finding {
        position = position == null ? SourcePosition.UNKNOWN : position;
    }
}
