package dev.numaadvisor.core.problem;

/** A 1-based line and column in a named input ({@code -} for stdin); line 0 = unknown. */
public record SourcePosition(String file, int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition("", 0, 0);

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
