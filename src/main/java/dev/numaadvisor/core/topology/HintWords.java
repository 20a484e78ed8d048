package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import java.util.List;
import java.util.Locale;

/** Plain-English fragments shared by the Topology Manager's trace lines. */
final class HintWords {
    /** Long hint lists (255 on eight NUMA nodes) are cut here in the trace. */
    static final int MAX_LISTED_HINTS = 8;

    private HintWords() {
    }

    /** "[0] preferred, [0,1] not preferred", cut after {@link #MAX_LISTED_HINTS}; "nothing" when empty. */
    static String list(List<TopologyHint> hints) {
        if (hints.isEmpty()) {
            return "nothing";
        }
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(hints.size(), MAX_LISTED_HINTS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(hints.get(i));
        }
        if (hints.size() > shown) {
            sb.append(" and ").append(hints.size() - shown).append(" more");
        }
        return sb.toString();
    }

    /** "1 NUMA node", "2 NUMA nodes". */
    static String nodes(int count) {
        return count + (count == 1 ? " NUMA node" : " NUMA nodes");
    }

    /** A distance average without float noise: 10.5, 11.111, 10. */
    static String average(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
