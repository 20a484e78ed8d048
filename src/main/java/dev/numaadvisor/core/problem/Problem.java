package dev.numaadvisor.core.problem;

/**
 * One problem with the input, as data. Printed as
 * {@code fieldPath: what is wrong "value": detail (file:line:col)}; {@code hint} says how to fix.
 */
public record Problem(Kind kind, String fieldPath, SourcePosition position, String badValue,
                      String detail, String hint) {
    public enum Kind {
        REQUIRED("required value"),
        INVALID("invalid value"),
        UNSUPPORTED("unsupported value"),
        DUPLICATE("duplicate value"),
        UNKNOWN_FIELD("unknown field"),
        SYNTAX("syntax error");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public String message() {
        StringBuilder sb = new StringBuilder();
        if (fieldPath != null && !fieldPath.isEmpty()) {
            sb.append(fieldPath).append(": ");
        }
        sb.append(kind.words());
        if (badValue != null) {
            sb.append(" \"").append(badValue).append('"');
        }
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        String pos = position == null ? "" : position.toString();
        String s = message() + (pos.isEmpty() ? "" : " (" + pos + ")");
        return hint == null || hint.isEmpty() ? s : s + "\n  hint: " + hint;
    }
}
