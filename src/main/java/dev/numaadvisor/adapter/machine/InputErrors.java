package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;

/** Builds the {@link InputException}s the text parsers throw, always with file and line. */
final class InputErrors {
    private InputErrors() {
    }

    /** A line that does not fit the format: {@code detail} says what was expected. */
    static InputException badLine(SourceText source, int line, String badValue, String detail,
                                  String hint) {
        return new InputException(new Problem(Problem.Kind.SYNTAX, "", position(source, line),
                clip(badValue), detail, hint));
    }

    /** A value that parses but makes no sense (a CPU list that is not one, a bad number). */
    static InputException badValue(SourceText source, int line, String field, String badValue,
                                   String detail) {
        return new InputException(new Problem(Problem.Kind.INVALID, field, position(source, line),
                clip(badValue), detail, null));
    }

    /** Something the format requires is missing, typically because the paste was cut short. */
    static InputException missing(SourceText source, int line, String what, String hint) {
        return new InputException(new Problem(Problem.Kind.REQUIRED, "", position(source, line),
                null, what, hint));
    }

    static SourcePosition position(SourceText source, int line) {
        return new SourcePosition(source.fileName(), Math.max(line, 1), 1);
    }

    /** Keeps error messages readable when a whole long line is the bad value. */
    private static String clip(String s) {
        if (s == null || s.length() <= 80) {
            return s;
        }
        return s.substring(0, 77) + "...";
    }
}
