package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.problem.Problem;
import java.util.List;

/**
 * What {@code lint} found: the predicted start-up ({@code kubeletStartError} null when it starts),
 * the findings sorted by file, line, column and rule id, the files linted, and inputs that
 * could not be read (bad input: exit 2).
 */
public record LintResult(boolean kubeletStarts, String kubeletStartError, List<Finding> findings,
                         List<String> files, List<Problem> inputErrors) {
    public LintResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        inputErrors = List.copyOf(inputErrors);
    }

    /** True when some finding is at least as severe as {@code bar}. */
    public boolean hasFindingAtLeast(Severity bar) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(bar));
    }
}
