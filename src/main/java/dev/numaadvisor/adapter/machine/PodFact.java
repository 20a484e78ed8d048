package dev.numaadvisor.adapter.machine;

import java.util.Map;

/**
 * A pod from {@code kubectl get pod -o yaml}: identity, phase and status reason (null when the
 * document has no status), and the manifest without {@code status} (null when the document
 * carries only a status, then the pod cannot be replayed).
 */
public record PodFact(String name, String namespace, String phase, String reason, String message,
                      Map<String, Object> manifest, String source, int line) {
    /** Failed with a reason: the kubelet rejected it at admission. */
    public boolean rejected() {
        return "Failed".equals(phase) && reason != null;
    }

    public boolean running() {
        return "Running".equals(phase) || "Pending".equals(phase) && manifest != null && reason == null;
    }
}
