package dev.numaadvisor.core.trace;

import java.util.Objects;

/**
 * One step of the trace: the pod and container it concerns (null for a node-level step, or a
 * pod-level one for {@code container}) and the decision it records.
 */
public record TraceStep(String pod, String container, Decision decision) {
    public TraceStep {
        Objects.requireNonNull(decision, "decision");
    }

    public String text() {
        return decision.text();
    }

    /** True when the step concerns the pod named {@code name} (any of its containers too). */
    public boolean about(String name) {
        return name != null && name.equals(pod);
    }
}
