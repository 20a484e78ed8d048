package dev.numaadvisor.adapter.machine;

import java.util.List;

/**
 * A contradiction or gap found while merging sources, never resolved silently: the message says
 * what each source claims and which one the scenario uses; {@code sources} names every file involved.
 */
public record ImportFinding(Severity severity, String message, List<String> sources) {
    public enum Severity {
        ERROR, WARNING, INFO;

        public String word() {
            return name().toLowerCase();
        }
    }

    public ImportFinding {
        sources = List.copyOf(sources);
    }

    @Override
    public String toString() {
        return severity.word() + ": " + message;
    }
}
