package dev.numaadvisor.core.trace;

/**
 * A decision recorded in the trace as data (a merge's winner, a fit check, a verdict); the trace
 * line is rendered from it by {@link #text()}, so readers take the fields, never the words.
 */
public interface Decision {
    String text();

    /** A step that is only words (the providers' reasoning): nothing typed to read. */
    record Words(String text) implements Decision {
    }
}
