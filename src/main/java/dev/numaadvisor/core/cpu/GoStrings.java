package dev.numaadvisor.core.cpu;

import java.util.Map;
import java.util.TreeMap;

/**
 * The few Go formatting rules kubelet messages depend on ({@code %q}, {@code %v} of a map,
 * ParseBool).
 */
final class GoStrings {
    private GoStrings() {}

    /** {@code strconv.Quote} for the characters configuration values contain. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code strconv.ParseBool}: null when the text is not one of Go's spellings. */
    static Boolean parseBool(String s) {
        switch (s) {
            case "1":
            case "t":
            case "T":
            case "TRUE":
            case "true":
            case "True":
                return true;
            case "0":
            case "f":
            case "F":
            case "FALSE":
            case "false":
            case "False":
                return false;
            default:
                return null;
        }
    }

    /** {@code fmt} of a {@code map[string]string}: {@code map[a:1 b:2]}, keys sorted. */
    static String map(Map<String, String> m) {
        StringBuilder sb = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
            if (!first) {
                sb.append(' ');
            }
            first = false;
            sb.append(e.getKey()).append(':').append(e.getValue());
        }
        return sb.append(']').toString();
    }
}
