package dev.numaadvisor.adapter.machine;

/**
 * A pod the kubelet rejected (or another warning about a pod), as an event, a describe output or
 * a pod status shows it. {@code pod} and {@code message} are null when the source omits them.
 */
public record AdmissionEvent(String pod, String reason, String message, String source, int line) {
    public AdmissionEvent {
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("an admission event needs a reason");
        }
    }
}
