package dev.numaadvisor.core.hint;

import dev.numaadvisor.core.model.NumaMask;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every non-empty subset of a list of NUMA node ids, by size ascending and, within a size, in
 * combination order of the list: the kubelet's {@code bitmask.IterateBitMasks}. Hint providers
 * use it, so their hint lists come out in this order.
 */
public final class NumaSubsets {
    private NumaSubsets() {
    }

    /** The same subsets, collected. */
    public static List<NumaMask> all(List<Integer> ids) {
        List<NumaMask> out = new java.util.ArrayList<>();
        forEach(ids, out::add);
        return out;
    }

    public static void forEach(List<Integer> ids, Consumer<NumaMask> visit) {
        int n = ids.size();
        int[] idx = new int[n];
        for (int size = 1; size <= n; size++) {
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            while (true) {
                long bits = 0;
                for (int i = 0; i < size; i++) {
                    bits |= 1L << ids.get(idx[i]);
                }
                visit.accept(new NumaMask(bits));
                int i = size - 1;
                while (i >= 0 && idx[i] == n - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                idx[i]++;
                for (int j = i + 1; j < size; j++) {
                    idx[j] = idx[j - 1] + 1;
                }
            }
        }
    }
}
