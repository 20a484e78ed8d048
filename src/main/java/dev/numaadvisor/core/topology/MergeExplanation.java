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
            trace.add(new MergeWhy(best, MergeWhy.Outcome.NO_COMBINATION, all, 0, null, null, null));
            return;
        }
        List<NumaMask> preferred = DistinctCandidates.preferredMasks(merger);
        if (!preferred.isEmpty()) {
            trace.add(winner(merger, best, preferred));
            return;
        }
        List<NumaMask> notPreferred = DistinctCandidates.notPreferredMasks(merger);
        if (notPreferred.isEmpty()) {
            trace.add(new MergeWhy(best, MergeWhy.Outcome.NO_COMMON_NODE, all, 0, null, null, null));
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

    private static MergeWhy winner(HintMerger merger, TopologyHint best, List<NumaMask> candidates) {
        NumaMask all = merger.numaInfo().defaultAffinityMask();
        if (candidates.size() == 1) {
            return new MergeWhy(best, MergeWhy.Outcome.ONLY_CANDIDATE, all, 1, null, null, null);
        }
        List<NumaMask> others = new ArrayList<>(candidates);
        others.remove(best.affinity());
        TopologyHint next = DistinctCandidates.bestOf(merger, others, best.preferred());
        MergeWhy.Reason reason = reason(merger, best, next);
        return new MergeWhy(best, MergeWhy.Outcome.BEST_AMONG, all, candidates.size(), next, reason,
                words(merger, reason, best, next));
    }

    /*
     * Why {@code winner} beat {@code other}; both have the same preferred flag. Case (a): not
     * preferred and of different sizes, the winner spans exactly bestNonPreferredAffinityCount;
     * case (b): both narrower than it, the winner closer; otherwise the masks decide: (c) the
     * narrower; with prefer-closest, (d) the lower average distance, (e) on a tie the lower ids;
     * without it, (f) the lower ids.
     */
    static MergeWhy.Reason reason(HintMerger merger, TopologyHint winner, TopologyHint other) {
        int w = winner.affinity().count();
        int o = other.affinity().count();
        int b = merger.bestNonPreferredAffinityCount();
        if (!winner.preferred() && w != o) {
            if (w == b) {
                return MergeWhy.Reason.EXACT_SIZE;
            }
            if (w < b && o < b) {
                return MergeWhy.Reason.CLOSER_TO_SIZE;
            }
        }
        if (w != o) {
            return MergeWhy.Reason.NARROWER;
        }
        if (merger.preferClosest()) {
            NumaInfo info = merger.numaInfo();
            return info.distanceSum(winner.affinity()) != info.distanceSum(other.affinity())
                    ? MergeWhy.Reason.CLOSER : MergeWhy.Reason.SAME_DISTANCE_LOWER_IDS;
        }
        return MergeWhy.Reason.LOWER_IDS;
    }

    /** The reason said with this merge's numbers. */
    private static String words(HintMerger merger, MergeWhy.Reason reason, TopologyHint winner, TopologyHint other) {
        int b = merger.bestNonPreferredAffinityCount();
        NumaInfo info = merger.numaInfo();
        switch (reason) {
            case EXACT_SIZE:
                return "it spans exactly " + HintWords.nodes(b) + ", the size the kubelet aims at, "
                        + "while " + other.affinity() + " spans " + other.affinity().count();
            case CLOSER_TO_SIZE:
                return "both span fewer than " + HintWords.nodes(b) + ", and the kubelet keeps the one "
                        + "closer to that size";
            case NARROWER:
                return "narrower: " + HintWords.nodes(winner.affinity().count()) + " instead of "
                        + other.affinity().count();
            case CLOSER:
                return "closer: average distance " + HintWords.average(info.averageDistance(winner.affinity()))
                        + " instead of " + HintWords.average(info.averageDistance(other.affinity()));
            case SAME_DISTANCE_LOWER_IDS:
                return "same size and the same average distance "
                        + HintWords.average(info.averageDistance(winner.affinity())) + "; the lower NUMA ids win the tie";
            case LOWER_IDS:
                return "same size; the lower NUMA ids win (the kubelet compares the masks as numbers)";
            default:
                throw new AssertionError(reason);
        }
    }
}
