package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.HintSpace;
import dev.numaadvisor.core.hint.SearchBudget;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a NUMA mask S is a merged hint of lists given as rules: whether one hint per list ANDs
 * (with all nodes) to exactly S.
 *
 * <p>Case analysis, for S non-empty:
 * <ul>
 * <li>some list has no hint containing S: no combination keeps all of S, so S is not reached;</li>
 * <li>some list has S itself as a hint: that hint leaves out every other node, and every other
 *     list adds a hint containing S, so S is reached;</li>
 * <li>otherwise: given hints h_i that AND to S, every node outside S is missing from some h_i, so
 *     the nodes outside S can be shared out among the lists such that each list i still has a
 *     hint between S and all nodes minus its share (h_i itself is one). Conversely, if such a
 *     sharing exists, the hints it promises AND to S. So S is reached iff the nodes outside S can
 *     be shared out that way. A node some list never holds is left out by that list for free and
 *     needs no share. The search gives the nodes out one by one, those fewest lists can take
 *     first, and backtracks; {@link HintSpace#hasHintBetween} is exact, so the answer is.</li>
 * </ul>
 * The search spends the merge's budget: a sharing problem too large for it stops the merge.
 */
final class ReachableByRule {
    private final List<HintSpace> lists;
    private final long all;
    private final SearchBudget budget;

    ReachableByRule(List<HintSpace> lists, long all, SearchBudget budget) {
        this.lists = lists;
        this.all = all;
        this.budget = budget;
    }

    /**
     * True when one hint per list ANDs to exactly {@code s}: some list holds s itself (it leaves
     * out every other node), or the other nodes can be shared out.
     */
    boolean contains(long s) {
        for (HintSpace list : lists) {
            if (!list.hasHintBetween(s, all)) {
                return false;
            }
        }
        for (HintSpace list : lists) {
            if (list.hasHintBetween(s, s)) {
                return true;
            }
        }
        long rest = all & ~s;
        for (HintSpace list : lists) {
            rest &= list.universe();
        }
        int[] nodes = mostConstrainedFirst(s, rest);
        if (nodes == null) {
            return false;
        }
        long[] upper = new long[lists.size()];
        java.util.Arrays.fill(upper, all);
        return share(s, nodes, 0, upper);
    }

    /** The nodes to share out, those fewest lists can leave out first; null when one cannot be. */
    private int[] mostConstrainedFirst(long s, long rest) {
        List<int[]> byOptions = new ArrayList<>();
        for (long b = rest; b != 0; b &= b - 1) {
            int node = Long.numberOfTrailingZeros(b);
            int options = 0;
            for (HintSpace list : lists) {
                budget.spend();
                if (list.hasHintBetween(s, all & ~(1L << node))) {
                    options++;
                }
            }
            if (options == 0) {
                return null;
            }
            byOptions.add(new int[] {options, node});
        }
        byOptions.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int[] out = new int[byOptions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byOptions.get(i)[1];
        }
        return out;
    }

    /** Gives nodes[i..] each to a list that can leave it out and still hold a hint ⊇ s. */
    private boolean share(long s, int[] nodes, int i, long[] upper) {
        if (i == nodes.length) {
            return true;
        }
        budget.spend();
        long bit = 1L << nodes[i];
        for (int j = 0; j < upper.length; j++) {
            long next = upper[j] & ~bit;
            if (lists.get(j).hasHintBetween(s, next)) {
                long saved = upper[j];
                upper[j] = next;
                if (share(s, nodes, i + 1, upper)) {
                    return true;
                }
                upper[j] = saved;
            }
        }
        return false;
    }
}
