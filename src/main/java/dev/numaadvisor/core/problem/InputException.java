package dev.numaadvisor.core.problem;

import java.util.List;

/** Bad input: one or more problems, all collected before giving up. Maps to exit code 2. */
public final class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem: its position is what single-error outputs report. */
    public Problem first() {
        return problems.get(0);
    }
}
