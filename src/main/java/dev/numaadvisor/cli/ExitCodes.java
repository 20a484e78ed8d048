package dev.numaadvisor.cli;

/** Exit codes shared by every subcommand (the contract fixes 0, 1 and 2). */
public final class ExitCodes {
    public static final int OK = 0;
    /** {@code --check} mismatch, or a lint error finding. */
    public static final int FINDINGS = 1;
    /** An input could not be read or parsed. */
    public static final int BAD_INPUT = 2;
    /** A broken invariant: a bug in numa-advisor. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
