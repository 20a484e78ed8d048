package dev.numaadvisor.core.hint;

/**
 * "The nodes of a mask together hold at least {@code need}": an amount per NUMA node id (free CPUs,
 * free devices, free bytes), summed over the mask. Amounts and need are unsigned 64-bit values, as
 * the kubelet's uint64 counters. {@link #of} refuses amounts whose total over all nodes would wrap,
 * so sums here never wrap and the rule is monotone: every superset of a mask that holds also
 * holds. The bounded searches rely on that.
 */
public final class SumRule {
    private final long[] amountById;
    private final long need;
    /** Node ids 0-63, largest amount first (unsigned), then lower id. */
    private final int[] largestFirst;

    private SumRule(long[] amountById, long need) {
        this.amountById = amountById.clone();
        this.need = need;
        Integer[] ids = new Integer[amountById.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        java.util.Arrays.sort(ids, (a, b) -> {
            int c = Long.compareUnsigned(this.amountById[b], this.amountById[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        largestFirst = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            largestFirst[i] = ids[i];
        }
    }

    /**
     * @param amountById 64 entries, one per NUMA id (unsigned)
     * @param need the amount a mask must hold (unsigned)
     * @return the rule, or null when the amounts add up past 2^64 - 1 (the caller reports it)
     */
    public static SumRule of(long[] amountById, long need) {
        if (amountById.length != 64) {
            throw new IllegalArgumentException("one amount per NUMA id 0-63");
        }
        long total = 0;
        for (long a : amountById) {
            long next = total + a;
            if (Long.compareUnsigned(next, total) < 0) {
                return null;
            }
            total = next;
        }
        return new SumRule(amountById, need);
    }

    /** Sum over the mask (never wraps). */
    public long sum(long mask) {
        long total = 0;
        for (long b = mask; b != 0; b &= b - 1) {
            total += amountById[Long.numberOfTrailingZeros(b)];
        }
        return total;
    }

    public boolean holds(long mask) {
        return Long.compareUnsigned(sum(mask), need) >= 0;
    }

    /**
     * Exact: some mask M of exactly {@code width} nodes with lower ⊆ M ⊆ lower ∪ allowed holds.
     * The best such M adds the largest amounts of allowed \ lower to lower.
     */
    public boolean mayHold(long lower, long allowed, int width) {
        int picks = width - Long.bitCount(lower);
        long candidates = allowed & ~lower;
        if (picks < 0 || Long.bitCount(candidates) < picks) {
            return false;
        }
        long total = sum(lower);
        for (int i = 0; i < largestFirst.length && picks > 0; i++) {
            int id = largestFirst[i];
            if ((candidates & 1L << id) != 0) {
                total += amountById[id];
                picks--;
            }
        }
        return Long.compareUnsigned(total, need) >= 0;
    }

    /** The fewest nodes of {@code universe} whose amounts hold the need, or -1 when all do not. */
    public int minWidth(long universe) {
        for (int width = 1; width <= Long.bitCount(universe); width++) {
            if (mayHold(0L, universe, width)) {
                return width;
            }
        }
        return -1;
    }
}
