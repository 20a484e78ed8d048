package dev.numaadvisor.core.admission;

/**
 * The kubelet would refuse to start: {@code message} is the kubelet's own text, {@code rule}
 * the catalogue id that explains it (may be null).
 */
public final class KubeletStartError extends Exception {
    private final String rule;

    public KubeletStartError(String message, String rule) {
        super(message, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
