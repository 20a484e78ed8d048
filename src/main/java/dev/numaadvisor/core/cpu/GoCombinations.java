package dev.numaadvisor.core.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The kubelet's {@code iterateCombinations}: every k-subset of a list, in lexicographic order of
 * positions, built the way the Go code builds it, by {@code append}ing to a shared slice.
 *
 * <p>Why model Go slices: each combination handed to the callback is a {@link Slice} view on a
 * backing array that later combinations may overwrite. Go's {@code append} reuses the array while
 * capacity remains (capacities grow 1, 2, 4, 8, ...), so for k = 4 and k >= 6 sibling combinations
 * share storage. A caller that keeps a combination "by reference" (as {@code
 * takeByTopologyNUMADistributed} keeps its best combination) later reads whatever the last sibling
 * wrote there. Reproducing this reproduces the kubelet's observed choices, e.g. NUMA nodes 0, 1, 2
 * and 7 instead of 0-3 on an 8-node machine.
 */
final class GoCombinations {
    private GoCombinations() {}

    /** A Go {@code []int}: a window of {@code len} elements on a possibly shared array. */
    static final class Slice {
        private final int[] array;
        private final int len;

        private Slice(int[] array, int len) {
            this.array = array;
            this.len = len;
        }

        static Slice empty() {
            return new Slice(new int[0], 0);
        }

        /** Go's append of one element: in place while capacity lasts, else a doubled copy. */
        Slice append(int value) {
            if (len < array.length) {
                array[len] = value;
                return new Slice(array, len + 1);
            }
            int[] grown = new int[Math.max(len + 1, array.length * 2)];
            System.arraycopy(array, 0, grown, 0, len);
            grown[len] = value;
            return new Slice(grown, len + 1);
        }

        int size() {
            return len;
        }

        /** The elements as they are now (they may have changed since the slice was made). */
        List<Integer> read() {
            List<Integer> out = new ArrayList<>(len);
            for (int i = 0; i < len; i++) {
                out.add(array[i]);
            }
            return out;
        }
    }

    /**
     * Calls {@code visit} on every k-subset of {@code n}; {@code visit} returns true to stop
     * ({@code Break}). Returns true when stopped early.
     */
    static boolean iterate(List<Integer> n, int k, Predicate<Slice> visit) {
        if (k < 1) {
            return false;
        }
        return helper(n, k, 0, Slice.empty(), visit);
    }

    private static boolean helper(
            List<Integer> n, int k, int start, Slice accum, Predicate<Slice> visit) {
        if (k == 0) {
            return visit.test(accum);
        }
        for (int i = start; i <= n.size() - k; i++) {
            if (helper(n, k - 1, i + 1, accum.append(n.get(i)), visit)) {
                return true;
            }
        }
        return false;
    }
}
