package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.model.NumaMask;

import java.util.ArrayList;
import java.util.List;

/**
 * Every non-empty set of the given NUMA nodes in the kubelet's order ({@code
 * bitmask.IterateBitMasks}): by size, then lexicographically by node ids.
 */
final class MaskEnumeration {
    /**
     * 2^20 masks are still enumerable in a second; the kubelet enumerates all 2^n and would not
     * finish on a machine much larger than that either.
     */
    static final int MAX_ENUMERATED_NUMA_NODES = 20;

    private MaskEnumeration() {}

    static List<NumaMask> all(List<Integer> sortedIds) {
        List<NumaMask> out = new ArrayList<>();
        for (int size = 1; size <= sortedIds.size(); size++) {
            collect(sortedIds, 0, size, 0L, out);
        }
        return out;
    }

    private static void collect(
            List<Integer> ids, int from, int left, long bits, List<NumaMask> out) {
        if (left == 0) {
            out.add(new NumaMask(bits));
            return;
        }
        for (int i = from; i <= ids.size() - left; i++) {
            collect(ids, i + 1, left - 1, bits | (1L << ids.get(i)), out);
        }
    }
}
