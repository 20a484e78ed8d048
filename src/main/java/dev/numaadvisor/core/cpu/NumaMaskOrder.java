package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.NumaMask;

import java.util.List;
import java.util.function.Consumer;

/**
 * The kubelet's {@code bitmask.IterateBitMasks}: every non-empty subset of the given NUMA ids, by
 * size, then in combination order of the list. Hint lists come out in this order.
 */
final class NumaMaskOrder {
    private NumaMaskOrder() {}

    static void forEach(List<Integer> ids, Consumer<NumaMask> visit) {
        for (int size = 1; size <= ids.size(); size++) {
            combine(ids, size, 0, 0L, visit);
        }
    }

    private static void combine(
            List<Integer> ids, int left, int start, long bits, Consumer<NumaMask> visit) {
        if (left == 0) {
            visit.accept(new NumaMask(bits));
            return;
        }
        for (int i = start; i <= ids.size() - left; i++) {
            combine(ids, left - 1, i + 1, bits | (1L << ids.get(i)), visit);
        }
    }
}
