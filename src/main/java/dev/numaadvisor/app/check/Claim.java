package dev.numaadvisor.app.check;

/**
 * One statement an answer makes that the engine can confirm or refute. {@code pod} is the pod it
 * is about (null when the answer names none and the result has several pods); {@code value} is
 * canonical for its kind: "24-27,72-75" (CPUS), "0,1" (NUMA), "GPU-1" (DEVICE), the kubelet's
 * reason (REASON), "[1] preferred" (MERGED_HINT), empty for verdicts. {@code subset} says the
 * answer named only some of the CPUs ("including CPU 24"). {@code quote} is the words it came from.
 */
public record Claim(Kind kind, String pod, String value, boolean subset, String quote) {
    /** What the claim is about. */
    public enum Kind { ADMITTED, REJECTED, REASON, NUMA, CPUS, DEVICE, MERGED_HINT }

    public Claim {
        value = value == null ? "" : value;
        quote = quote == null ? "" : quote.strip();
    }
}
