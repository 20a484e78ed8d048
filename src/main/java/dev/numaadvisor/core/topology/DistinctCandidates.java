package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast merge: {@link HintMerger#compare} is a strict total order over distinct merged hints
 * (preferred first; among preferred, the mask comparison; among not preferred, masks of exactly
 * bestNonPreferredAffinityCount bits, then smaller ones largest first, then larger ones narrowest
 * first, ties by the mask comparison). The permutation fold therefore returns the best distinct
 * merged hint, and this class finds it without walking the cross product:
 * <ul>
 * <li>A merged hint is preferred only when every hint of its combination is preferred and all
 *     non-nil affinities are equal to one mask A; so the preferred candidates are the masks A
 *     that every list offers as a preferred hint or covers with a preferred nil hint (plus all
 *     nodes when every list has a preferred nil hint), AND-ed with the default mask.</li>
 * <li>Only when none of them is non-empty do not-preferred hints compete, and then every
 *     reachable non-empty mask ({@link ReachableMasks}) is a not-preferred candidate.</li>
 * </ul>
 */
final class DistinctCandidates {
    private DistinctCandidates() {
    }

    /** Same result as {@link HintMerger#mergeByPermutations()}. */
    static TopologyHint best(HintMerger merger) {
        TopologyHint best = bestOf(merger, preferredMasks(merger), true);
        if (best != null) {
            return best;
        }
        best = bestOf(merger, notPreferredMasks(merger), false);
        return best != null ? best : new TopologyHint(merger.numaInfo().defaultAffinityMask(), false);
    }

    static TopologyHint bestOf(HintMerger merger, List<NumaMask> masks, boolean preferred) {
        TopologyHint best = null;
        for (NumaMask mask : masks) {
            best = merger.compare(best, new TopologyHint(mask, preferred));
        }
        return best;
    }

    /**
     * Distinct non-empty masks of the preferred merged hints. Mask sets are long arrays in
     * first-seen order with a sorted twin for lookups (what LinkedHashSets of boxed longs gave,
     * without a dozen objects per hint list on every admission).
     */
    static List<NumaMask> preferredMasks(HintMerger merger) {
        List<List<TopologyHint>> lists = merger.lists();
        long defaultBits = merger.numaInfo().defaultAffinityMask().bits();
        int n = lists.size();
        boolean[] preferredNil = new boolean[n];
        MaskSet[] preferredMasks = new MaskSet[n];
        int pivot = -1;
        for (int i = 0; i < n; i++) {
            List<TopologyHint> list = lists.get(i);
            MaskSet masks = new MaskSet(list.size());
            for (int j = 0; j < list.size(); j++) {
                TopologyHint hint = list.get(j);
                if (!hint.preferred()) {
                    continue;
                }
                if (hint.affinity() == null) {
                    preferredNil[i] = true;
                } else {
                    masks.add(hint.affinity().bits());
                }
            }
            preferredMasks[i] = masks;
            if (!preferredNil[i] && (pivot < 0 || masks.size < preferredMasks[pivot].size)) {
                pivot = i;
            }
        }
        MaskSet merged = new MaskSet(4);
        MaskSet sources;
        if (pivot < 0) {
            // Every list has a preferred "any node" hint (or there are no lists): all nodes, preferred.
            merged.add(defaultBits);
            sources = new MaskSet(4);
            for (MaskSet m : preferredMasks) {
                for (int k = 0; k < m.size; k++) {
                    sources.add(m.inOrder[k]);
                }
            }
        } else {
            sources = preferredMasks[pivot];
        }
        for (int k = 0; k < sources.size; k++) {
            long source = sources.inOrder[k];
            if (offeredByAll(source, preferredMasks, preferredNil)) {
                merged.add(source & defaultBits);
            }
        }
        List<NumaMask> out = new ArrayList<>(merged.size);
        for (int k = 0; k < merged.size; k++) {
            if (merged.inOrder[k] != 0L) {
                out.add(new NumaMask(merged.inOrder[k]));
            }
        }
        return out;
    }

    private static boolean offeredByAll(long mask, MaskSet[] preferredMasks, boolean[] preferredNil) {
        for (int i = 0; i < preferredNil.length; i++) {
            if (!preferredNil[i] && !preferredMasks[i].contains(mask)) {
                return false;
            }
        }
        return true;
    }

    /** Distinct masks in first-seen order, and the same sorted for binary search. */
    private static final class MaskSet {
        long[] inOrder;
        long[] sorted;
        int size;

        MaskSet(int capacity) {
            inOrder = new long[Math.max(1, capacity)];
            sorted = new long[inOrder.length];
        }

        boolean contains(long mask) {
            return Arrays.binarySearch(sorted, 0, size, mask) >= 0;
        }

        void add(long mask) {
            int at = Arrays.binarySearch(sorted, 0, size, mask);
            if (at >= 0) {
                return;
            }
            if (size == inOrder.length) {
                inOrder = Arrays.copyOf(inOrder, size * 2);
                sorted = Arrays.copyOf(sorted, size * 2);
            }
            int insert = -at - 1;
            System.arraycopy(sorted, insert, sorted, insert + 1, size - insert);
            sorted[insert] = mask;
            inOrder[size++] = mask;
        }
    }

    /**
     * Distinct non-empty masks of the not-preferred merged hints, valid when no preferred merged
     * hint is non-empty (then every reachable mask comes from a not-preferred combination).
     */
    static List<NumaMask> notPreferredMasks(HintMerger merger) {
        return ReachableMasks.of(merger.lists(), merger.numaInfo().defaultAffinityMask());
    }
}
