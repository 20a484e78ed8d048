package dev.numaadvisor.core.rule;

/** How bad a finding is; {@link #word()} is the lower-case form printed in every output. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code bar}. */
    public boolean atLeast(Severity bar) {
        return ordinal() <= bar.ordinal();
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
