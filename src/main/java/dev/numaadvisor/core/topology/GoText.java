package dev.numaadvisor.core.topology;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few Go formatting and parsing rules the kubelet's start-up messages depend on:
 * {@code %q} quoting, {@code %v} of a string map, {@code strconv.ParseBool} and
 * {@code strconv.Atoi} with their error texts.
 */
final class GoText {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private GoText() {
    }

    /** {@code %q} / {@code strconv.Quote} for the characters a config value can hold. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code %v} of a {@code map[string]string}: {@code map[a:1 b:2]}, keys sorted as fmt does. */
    static String map(Map<String, String> map) {
        StringBuilder sb = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            sb.append(first ? "" : " ").append(e.getKey()).append(':').append(e.getValue());
            first = false;
        }
        return sb.append(']').toString();
    }

    /** {@code strconv.ParseBool}; throws with Go's error text when the value is not a boolean. */
    static boolean parseBool(String s) {
        switch (s) {
            case "1", "t", "T", "TRUE", "true", "True":
                return true;
            case "0", "f", "F", "FALSE", "false", "False":
                return false;
            default:
                throw new IllegalArgumentException("strconv.ParseBool: parsing " + quote(s) + ": invalid syntax");
        }
    }

    /** {@code strconv.Atoi} on a 64-bit platform; throws with Go's error text. */
    static long atoi(String s) {
        if (!s.matches("[+-]?[0-9]+")) {
            throw new IllegalArgumentException("strconv.Atoi: parsing " + quote(s) + ": invalid syntax");
        }
        BigInteger value = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (value.compareTo(INT64_MIN) < 0 || value.compareTo(INT64_MAX) > 0) {
            throw new IllegalArgumentException("strconv.Atoi: parsing " + quote(s) + ": value out of range");
        }
        return value.longValueExact();
    }
}
