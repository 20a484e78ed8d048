package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct non-empty masks that the merge can produce: the default mask AND-ed with one
 * affinity from every list (a nil affinity leaves the mask as it is). Empty when a list is empty.
 *
 * <p>The set is built list by list, keeping only distinct partial results, so the cost is bounded
 * by the number of distinct masks (2^nodes) rather than by the cross product of the lists. Up to
 * {@link #DENSE_MAX_NODES} nodes the masks are renumbered onto bits 0..n-1 and kept in a bitmap;
 * up to {@link #SUBSET_SUMS_MAX_NODES} nodes a step may instead count pairs through superset sums
 * (#pairs with m AND h = S is the Möbius inverse of F_D(S)·F_L(S), F = number of members that
 * contain S), which costs O(n·2^n) whatever the list sizes.
 */
final class ReachableMasks {
    /** Bitmaps of 2^20 entries (1 MiB) are still cheap; beyond, partial masks go in a hash set. */
    static final int DENSE_MAX_NODES = 20;
    /** Superset sums need three arrays of 2^n longs: 16 nodes = 1.5 MiB. */
    static final int SUBSET_SUMS_MAX_NODES = 16;

    /** How to combine two steps; AUTO picks the cheaper, the others exist for tests. */
    enum Strategy { AUTO, PAIRS, SUBSET_SUMS }

    private ReachableMasks() {
    }

    static List<NumaMask> of(List<List<TopologyHint>> lists, NumaMask defaultMask) {
        return of(lists, defaultMask, Strategy.AUTO);
    }

    static List<NumaMask> of(List<List<TopologyHint>> lists, NumaMask defaultMask, Strategy strategy) {
        if (defaultMask.isEmpty()) {
            return List.of();
        }
        if (defaultMask.count() <= DENSE_MAX_NODES) {
            return dense(lists, new Renumbering(defaultMask), strategy);
        }
        return sparse(lists, defaultMask);
    }

    private static List<NumaMask> dense(List<List<TopologyHint>> lists, Renumbering renumbering,
                                        Strategy strategy) {
        int n = renumbering.size();
        int full = (1 << n) - 1;
        int[] states = {full};
        for (List<TopologyHint> list : lists) {
            int[] hints = distinctHints(list, renumbering, full);
            if (hints.length == 0) {
                return List.of();
            }
            boolean sums = strategy == Strategy.SUBSET_SUMS
                    || strategy == Strategy.AUTO && (long) states.length * hints.length > 4L * n << n;
            states = sums && n <= SUBSET_SUMS_MAX_NODES ? stepBySubsetSums(states, hints, n)
                    : stepByPairs(states, hints, n);
            if (states.length == 0) {
                return List.of();
            }
        }
        List<NumaMask> out = new ArrayList<>(states.length);
        for (int state : states) {
            out.add(renumbering.toMask(state));
        }
        return out;
    }

    /** The list's affinities on the renumbered bits, distinct; nil counts as every node. */
    private static int[] distinctHints(List<TopologyHint> list, Renumbering renumbering, int full) {
        boolean[] seen = new boolean[full + 1];
        int[] out = new int[list.size()];
        int size = 0;
        for (TopologyHint hint : list) {
            int mask = hint.affinity() == null ? full : renumbering.toBits(hint.affinity());
            if (!seen[mask]) {
                seen[mask] = true;
                out[size++] = mask;
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    private static int[] stepByPairs(int[] states, int[] hints, int n) {
        boolean[] seen = new boolean[1 << n];
        int[] out = new int[(int) Math.min(1L << n, (long) states.length * hints.length)];
        int size = 0;
        for (int state : states) {
            for (int hint : hints) {
                int merged = state & hint;
                if (merged != 0 && !seen[merged]) {
                    seen[merged] = true;
                    out[size++] = merged;
                }
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    private static int[] stepBySubsetSums(int[] states, int[] hints, int n) {
        int size = 1 << n;
        long[] pairs = supersetSums(states, n);
        long[] hintSums = supersetSums(hints, n);
        for (int s = 0; s < size; s++) {
            pairs[s] *= hintSums[s];
        }
        // Möbius inversion over supersets: pairs[S] becomes #pairs whose AND is exactly S.
        for (int bit = 1; bit < size; bit <<= 1) {
            for (int s = 0; s < size; s++) {
                if ((s & bit) == 0) {
                    pairs[s] -= pairs[s | bit];
                }
            }
        }
        int count = 0;
        for (int s = 1; s < size; s++) {
            if (pairs[s] > 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int i = 0;
        for (int s = 1; s < size; s++) {
            if (pairs[s] > 0) {
                out[i++] = s;
            }
        }
        return out;
    }

    /** F(S) = number of the given masks that contain S. */
    private static long[] supersetSums(int[] masks, int n) {
        int size = 1 << n;
        long[] f = new long[size];
        for (int mask : masks) {
            f[mask]++;
        }
        for (int bit = 1; bit < size; bit <<= 1) {
            for (int s = 0; s < size; s++) {
                if ((s & bit) == 0) {
                    f[s] += f[s | bit];
                }
            }
        }
        return f;
    }

    private static List<NumaMask> sparse(List<List<TopologyHint>> lists, NumaMask defaultMask) {
        Set<Long> states = new LinkedHashSet<>();
        states.add(defaultMask.bits());
        for (List<TopologyHint> list : lists) {
            Set<Long> hints = new LinkedHashSet<>();
            for (TopologyHint hint : list) {
                hints.add(hint.affinity() == null ? defaultMask.bits() : hint.affinity().bits() & defaultMask.bits());
            }
            Set<Long> next = new LinkedHashSet<>();
            for (long state : states) {
                for (long hint : hints) {
                    if ((state & hint) != 0) {
                        next.add(state & hint);
                    }
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            states = next;
        }
        List<NumaMask> out = new ArrayList<>(states.size());
        for (long state : states) {
            out.add(new NumaMask(state));
        }
        return out;
    }

    /**
     * Maps the machine's node ids onto bits 0..n-1 in ascending order. The map keeps the integer
     * order of masks, so renumbering never changes which of two masks is narrower.
     */
    static final class Renumbering {
        private final int[] idOfBit;
        private final boolean identity;
        private final long defaultBits;

        Renumbering(NumaMask defaultMask) {
            this.idOfBit = defaultMask.toArray();
            this.defaultBits = defaultMask.bits();
            this.identity = defaultBits == (1L << idOfBit.length) - 1;
        }

        int size() {
            return idOfBit.length;
        }

        int toBits(NumaMask mask) {
            long bits = mask.bits() & defaultBits;
            if (identity) {
                return (int) bits;
            }
            int out = 0;
            for (int bit = 0; bit < idOfBit.length; bit++) {
                if ((bits & (1L << idOfBit[bit])) != 0) {
                    out |= 1 << bit;
                }
            }
            return out;
        }

        NumaMask toMask(int bits) {
            if (identity) {
                return new NumaMask(bits);
            }
            long out = 0;
            for (int bit = 0; bit < idOfBit.length; bit++) {
                if ((bits & (1 << bit)) != 0) {
                    out |= 1L << idOfBit[bit];
                }
            }
            return new NumaMask(out);
        }
    }
}
