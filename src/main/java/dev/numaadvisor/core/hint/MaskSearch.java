package dev.numaadvisor.core.hint;

/**
 * Walks the NUMA masks of one width in a fixed order, skipping whole subtrees a pruning test rules
 * out: the bounded searches use it instead of enumerating 2^n masks. Masks are bit sets as in
 * {@code NumaMask#bits()}.
 *
 * <p>Both orders only depend on the free part of a mask (the nodes beyond the forced
 * {@code lower} nodes), so the walk picks free nodes one at a time:
 * <ul>
 * <li>{@link Order#NUMERIC}: masks as unsigned integers, the order of the kubelet's
 *     {@code IsNarrowerThan} among equal widths. The highest free node is picked first, lowest
 *     candidate first; everything below it stays possible.</li>
 * <li>{@link Order#KUBELET}: combination order of the sorted node ids, the order in which
 *     {@code bitmask.IterateBitMasks} (and so every provider's hint list) visits one width. The
 *     lowest free node is picked first; everything above it stays possible.</li>
 * </ul>
 * After each pick the test sees the nodes chosen so far ({@code lower}) and every node the rest of
 * the walk could still add ({@code upper}); when it says no such mask can qualify, the subtree is
 * skipped. An exact test makes the walk reach the first qualifying mask without dead ends.
 */
public final class MaskSearch {
    /** Orders of masks of one width. */
    public enum Order { NUMERIC, KUBELET }

    /** Could a wanted mask M with lower ⊆ M ⊆ upper exist? Must not answer false when one does. */
    @FunctionalInterface
    public interface Pruning {
        boolean mayContain(long lower, long upper);
    }

    /** Receives each mask; returns true to stop the walk. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(long mask);
    }

    private final int[] free;
    private final long lower;
    private final Pruning pruning;
    private final Visitor visitor;
    private final SearchBudget budget;
    /** below[t] = free nodes before position t; above[t] = free nodes from position t on. */
    private final long[] below;
    private final long[] above;

    private MaskSearch(long universe, long lower, Pruning pruning, Visitor visitor, SearchBudget budget) {
        long rest = universe & ~lower;
        free = new int[Long.bitCount(rest)];
        for (int i = 0; rest != 0; i++, rest &= rest - 1) {
            free[i] = Long.numberOfTrailingZeros(rest);
        }
        below = new long[free.length + 1];
        above = new long[free.length + 1];
        for (int t = 0; t < free.length; t++) {
            below[t + 1] = below[t] | 1L << free[t];
        }
        for (int t = free.length - 1; t >= 0; t--) {
            above[t] = above[t + 1] | 1L << free[t];
        }
        this.lower = lower;
        this.pruning = pruning;
        this.visitor = visitor;
        this.budget = budget;
    }

    /**
     * Visits, in {@code order}, every mask M of exactly {@code width} nodes with lower ⊆ M ⊆
     * universe ∪ lower that the pruning test does not rule out, until the visitor stops the walk.
     *
     * @return true when the visitor stopped the walk
     */
    public static boolean visit(long universe, long lower, int width, Order order, Pruning pruning,
                                Visitor visitor, SearchBudget budget) {
        MaskSearch s = new MaskSearch(universe, lower, pruning, visitor, budget);
        int picks = width - Long.bitCount(lower);
        if (picks < 0 || picks > s.free.length) {
            return false;
        }
        budget.spend();
        if (!pruning.mayContain(lower, lower | s.above[0])) {
            return false;
        }
        return order == Order.NUMERIC ? s.highestFirst(picks, s.free.length, 0L)
                : s.lowestFirst(picks, 0, 0L);
    }

    /** The first mask in {@code order} that {@code accept} takes, or -1 when there is none. */
    public static long first(long universe, long lower, int width, Order order, Pruning pruning,
                             java.util.function.LongPredicate accept, SearchBudget budget) {
        long[] found = {-1L};
        visit(universe, lower, width, order, pruning, mask -> {
            if (accept.test(mask)) {
                found[0] = mask;
                return true;
            }
            return false;
        }, budget);
        return found[0];
    }

    /** Picks {@code picks} nodes among free[0..limit), highest first, in increasing numeric order. */
    private boolean highestFirst(int picks, int limit, long chosen) {
        if (picks == 0) {
            return visitor.visit(lower | chosen);
        }
        for (int t = picks - 1; t < limit; t++) {
            budget.spend();
            long next = chosen | 1L << free[t];
            if (pruning.mayContain(lower | next, lower | next | below[t])
                    && highestFirst(picks - 1, t, next)) {
                return true;
            }
        }
        return false;
    }

    /** Picks {@code picks} nodes among free[start..), lowest first, in combination order. */
    private boolean lowestFirst(int picks, int start, long chosen) {
        if (picks == 0) {
            return visitor.visit(lower | chosen);
        }
        for (int t = start; t <= free.length - picks; t++) {
            budget.spend();
            long next = chosen | 1L << free[t];
            if (pruning.mayContain(lower | next, lower | next | above[t + 1])
                    && lowestFirst(picks - 1, t + 1, next)) {
                return true;
            }
        }
        return false;
    }
}
