package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** Distinct non-empty masks of the preferred merged hints. */
    static List<NumaMask> preferredMasks(HintMerger merger) {
        List<List<TopologyHint>> lists = merger.lists();
        long defaultBits = merger.numaInfo().defaultAffinityMask().bits();
        int n = lists.size();
        boolean[] preferredNil = new boolean[n];
        List<Set<Long>> preferredMasks = new ArrayList<>(n);
        int pivot = -1;
        for (int i = 0; i < n; i++) {
            Set<Long> masks = new LinkedHashSet<>();
            for (TopologyHint hint : lists.get(i)) {
                if (!hint.preferred()) {
                    continue;
                }
                if (hint.affinity() == null) {
                    preferredNil[i] = true;
                } else {
                    masks.add(hint.affinity().bits());
                }
            }
            preferredMasks.add(masks);
            if (!preferredNil[i] && (pivot < 0 || masks.size() < preferredMasks.get(pivot).size())) {
                pivot = i;
            }
        }
        Set<Long> merged = new LinkedHashSet<>();
        Set<Long> sources = new LinkedHashSet<>();
        if (pivot < 0) {
            // Every list has a preferred "any node" hint (or there are no lists): all nodes, preferred.
            merged.add(defaultBits);
            preferredMasks.forEach(sources::addAll);
        } else {
            sources.addAll(preferredMasks.get(pivot));
        }
        for (long source : sources) {
            if (offeredByAll(source, preferredMasks, preferredNil)) {
                merged.add(source & defaultBits);
            }
        }
        merged.remove(0L);
        return toMasks(merged);
    }

    private static boolean offeredByAll(long mask, List<Set<Long>> preferredMasks, boolean[] preferredNil) {
        for (int i = 0; i < preferredNil.length; i++) {
            if (!preferredNil[i] && !preferredMasks.get(i).contains(mask)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Distinct non-empty masks of the not-preferred merged hints, valid when no preferred merged
     * hint is non-empty (then every reachable mask comes from a not-preferred combination).
     */
    static List<NumaMask> notPreferredMasks(HintMerger merger) {
        return ReachableMasks.of(merger.lists(), merger.numaInfo().defaultAffinityMask());
    }

    private static List<NumaMask> toMasks(Set<Long> bits) {
        List<NumaMask> out = new ArrayList<>(bits.size());
        for (long b : bits) {
            out.add(new NumaMask(b));
        }
        return out;
    }
}
