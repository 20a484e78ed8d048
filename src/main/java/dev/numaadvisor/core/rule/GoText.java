package dev.numaadvisor.core.rule;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** How the kubelet (Go) prints values inside its messages: maps, quantities, suggestions. */
public final class GoText {
    private static final String[] BINARY_SUFFIXES = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private GoText() {
    }

    /** Go's {@code %v} of a map[string]string: keys sorted, {@code map[a:1 b:2]}. */
    public static String map(Map<String, String> m) {
        StringBuilder sb = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
            sb.append(first ? "" : " ").append(e.getKey()).append(':').append(e.getValue());
            first = false;
        }
        return sb.append(']').toString();
    }

    /**
     * {@code Quantity.String()} of a byte count in binary-SI form: the largest binary suffix that
     * keeps the number whole ({@code 4196Mi}, {@code 4Gi}); "0" for zero; plain digits otherwise.
     */
    public static String bytes(BigInteger bytes) {
        if (bytes.signum() == 0) {
            return "0";
        }
        BigInteger k = BigInteger.valueOf(1024);
        BigInteger n = bytes;
        int suffix = -1;
        while (suffix < BINARY_SUFFIXES.length - 1 && n.mod(k).signum() == 0) {
            n = n.divide(k);
            suffix++;
        }
        return suffix < 0 ? n.toString() : n + BINARY_SUFFIXES[suffix];
    }

    public static String bytes(long bytes) {
        return bytes(BigInteger.valueOf(bytes));
    }

    /** " (did you mean "x"?)" when a candidate is within two edits, else "". */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = null;
        int bestScore = 3;
        for (String c : candidates) {
            int d = editDistance(given.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestScore) {
                bestScore = d;
                best = c;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    public static int editDistance(String a, String b) {
        return dev.numaadvisor.core.problem.EditDistance.between(a, b);
    }
}
