package dev.numaadvisor.app.check;

/**
 * One statement an answer makes that the engine can confirm or refute. {@code pod} is the pod it
 * is about (null when the answer names none and the result has several pods); {@code container} the
 * container when the answer named one (else null: any of the pod's). {@code value} is canonical for
 * its kind: "24-27,72-75" (CPUS), "0,1" (NUMA), "GPU-1" (DEVICE), "GPU-1@0" (DEVICE_AT: a device
 * and the NUMA node it is said to sit on; CPU_AT likewise: "9-11,33-35@1"), the kubelet's reason (REASON), "[1] preferred"
 * (MERGED_HINT), "true"/"false" (EXCLUSIVE: the pod has exclusive CPUs or runs in the shared pool),
 * empty for verdicts. {@code resource} narrows a NUMA claim to "cpu", "memory" or "device" (empty:
 * any of them). {@code subset} says the answer named only some of the CPUs ("including CPU 24").
 * {@code quote} is the words it came from. {@code readings}: the same claim about the other pods or
 * containers a pronoun may stand for ("Its CPUs are …" after a sentence naming two); the answer is
 * right if any reading holds, so an ambiguous "it" never raises an alarm.
 */
public record Claim(Kind kind, String pod, String container, String resource, String value, boolean subset,
                    String quote, java.util.List<Claim> readings) {
    /** What the claim is about. */
    public enum Kind { ADMITTED, REJECTED, REASON, NUMA, CPUS, CPU_AT, DEVICE, DEVICE_AT, MERGED_HINT, EXCLUSIVE, MEMORY_PINNED }

    public Claim {
        value = value == null ? "" : value;
        resource = resource == null ? "" : resource;
        quote = quote == null ? "" : quote.strip();
        readings = readings == null ? java.util.List.of() : java.util.List.copyOf(readings);
    }

    public Claim(Kind kind, String pod, String container, String resource, String value, boolean subset, String quote) {
        this(kind, pod, container, resource, value, subset, quote, java.util.List.of());
    }

    Claim(Kind kind, String pod, String value, boolean subset, String quote) {
        this(kind, pod, null, "", value, subset, quote);
    }
}
