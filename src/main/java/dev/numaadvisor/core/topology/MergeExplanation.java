package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in plain words how a merge went: how many combinations, which merged hint won and why
 * (preferred, narrower, closer, the bestNonPreferredAffinityCount rule), compared with the
 * next best distinct merged hint. Runs only when the trace is enabled.
 */
final class MergeExplanation {
    private MergeExplanation() {
    }

    static void explain(HintMerger merger, TopologyHint best, Trace trace) {
        NumaMask all = merger.numaInfo().defaultAffinityMask();
        trace.add(combinations(merger));
        if (merger.combinations() == 0) {
            trace.add("a resource has no hint left, so no combination exists: the merge falls back to "
                    + "all NUMA nodes " + all + ", not preferred");
            return;
        }
        List<NumaMask> preferred = DistinctCandidates.preferredMasks(merger);
        if (!preferred.isEmpty()) {
            trace.add(winner(merger, best, preferred));
            return;
        }
        List<NumaMask> notPreferred = DistinctCandidates.notPreferredMasks(merger);
        if (notPreferred.isEmpty()) {
            trace.add("every combination leaves no NUMA node in common: the merge falls back to all "
                    + "NUMA nodes " + all + ", not preferred");
            return;
        }
        trace.add("no combination is preferred (that needs every resource to offer the same NUMA "
                + "nodes as a preferred hint); the most demanding resource needs at least "
                + HintWords.nodes(merger.bestNonPreferredAffinityCount())
                + " (bestNonPreferredAffinityCount), and not-preferred merged hints aim at that size");
        trace.add(winner(merger, best, notPreferred));
    }

    private static String combinations(HintMerger merger) {
        List<List<TopologyHint>> lists = merger.lists();
        if (lists.isEmpty()) {
            return "no resource gave hints: the one empty combination merges to all NUMA nodes "
                    + merger.numaInfo().defaultAffinityMask() + ", preferred";
        }
        StringBuilder sizes = new StringBuilder();
        for (List<TopologyHint> list : lists) {
            sizes.append(sizes.length() == 0 ? "" : " x ").append(list.size());
        }
        long count = merger.combinations();
        String number = count == Long.MAX_VALUE ? "more than 9.2e18" : Long.toString(count);
        return number + (count == 1 ? " combination" : " combinations") + " of one hint per resource ("
                + sizes + ")";
    }

    private static String winner(HintMerger merger, TopologyHint best, List<NumaMask> candidates) {
        String kind = best.preferred() ? "preferred" : "not-preferred";
        if (candidates.size() == 1) {
            return "merged hint " + best + " wins: it is the only " + kind + " merged hint";
        }
        List<NumaMask> others = new ArrayList<>(candidates);
        others.remove(best.affinity());
        TopologyHint next = DistinctCandidates.bestOf(merger, others, best.preferred());
        return "merged hint " + best + " wins among " + candidates.size() + " distinct " + kind
                + " merged hints; next best " + next + ": " + reason(merger, best, next);
    }

    /** Why {@code winner} beat {@code other}; both have the same preferred flag. */
    static String reason(HintMerger merger, TopologyHint winner, TopologyHint other) {
        int w = winner.affinity().count();
        int o = other.affinity().count();
        int b = merger.bestNonPreferredAffinityCount();
        if (!winner.preferred() && w != o) {
            if (w == b) {
                return "it spans exactly " + HintWords.nodes(b) + ", the size the kubelet aims at, "
                        + "while " + other.affinity() + " spans " + o;
            }
            if (w < b && o < b) {
                return "both span fewer than " + HintWords.nodes(b) + ", and the kubelet keeps the one "
                        + "closer to that size";
            }
        }
        return maskReason(merger, winner.affinity(), other.affinity());
    }

    private static String maskReason(HintMerger merger, NumaMask winner, NumaMask other) {
        if (winner.count() != other.count()) {
            return "narrower: " + HintWords.nodes(winner.count()) + " instead of " + other.count();
        }
        if (merger.preferClosest()) {
            NumaInfo info = merger.numaInfo();
            String average = HintWords.average(info.averageDistance(winner));
            if (info.distanceSum(winner) != info.distanceSum(other)) {
                return "closer: average distance " + average + " instead of "
                        + HintWords.average(info.averageDistance(other));
            }
            return "same size and the same average distance " + average + "; the lower NUMA ids win the tie";
        }
        return "same size; the lower NUMA ids win (the kubelet compares the masks as numbers)";
    }
}
