package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.trace.Decision;

/** The trace's last word on a pod: its verdict, and the kubelet's reason and message when rejected. */
public record PodVerdict(String pod, Verdict verdict, String reason, String message) implements Decision {
    @Override
    public String text() {
        switch (verdict) {
            case ADMITTED:
                return "pod " + pod + ": admitted";
            case NOT_SIMULATED:
                return "pod " + pod + ": NOT SIMULATED (numa-advisor's limit, not a kubelet decision): " + message;
            case REJECTED:
                return "pod " + pod + ": REJECTED " + reason + ": " + message;
            default:
                throw new AssertionError(verdict);
        }
    }
}
