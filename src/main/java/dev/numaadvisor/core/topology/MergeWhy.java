package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Decision;

/**
 * Why the merged hint won, as data: the outcome of the merge, how many distinct candidates of the
 * winner's kind there were, the next best one and the rule that separated them ({@code nextBest}
 * and {@code reason} null unless {@code outcome} is BEST_AMONG). {@code reasonWords} are that
 * rule said with this merge's numbers (sizes, distances), for the trace line.
 */
public record MergeWhy(TopologyHint winner, Outcome outcome, NumaMask allNodes, int candidates,
                       TopologyHint nextBest, Reason reason, String reasonWords) implements Decision {
    /** How the merge ended. */
    public enum Outcome {
        /** A resource had no hint left: the merge falls back to all NUMA nodes, not preferred. */
        NO_COMBINATION,
        /** Every combination left no NUMA node in common: the same fallback. */
        NO_COMMON_NODE,
        /** The winner was the only distinct merged hint of its kind. */
        ONLY_CANDIDATE,
        /** The winner beat {@code nextBest} by {@code reason}. */
        BEST_AMONG
    }

    /** The kubelet's comparison that decided between the winner and the next best. */
    public enum Reason {
        /** Not preferred: spans exactly bestNonPreferredAffinityCount nodes. */
        EXACT_SIZE,
        /** Not preferred: both are narrower than that count, the winner is closer to it. */
        CLOSER_TO_SIZE,
        NARROWER,
        /** prefer-closest-numa-nodes: the lower average distance. */
        CLOSER,
        /** prefer-closest-numa-nodes, same size and distance: the lower NUMA ids. */
        SAME_DISTANCE_LOWER_IDS,
        /** Same size: the lower NUMA ids (the masks compared as numbers). */
        LOWER_IDS
    }

    @Override
    public String text() {
        String kind = winner.preferred() ? "preferred" : "not-preferred";
        switch (outcome) {
            case NO_COMBINATION:
                return "a resource has no hint left, so no combination exists: the merge falls back to "
                        + "all NUMA nodes " + allNodes + ", not preferred";
            case NO_COMMON_NODE:
                return "every combination leaves no NUMA node in common: the merge falls back to all "
                        + "NUMA nodes " + allNodes + ", not preferred";
            case ONLY_CANDIDATE:
                return "merged hint " + winner + " wins: it is the only " + kind + " merged hint";
            case BEST_AMONG:
                return "merged hint " + winner + " wins among " + candidates + " distinct " + kind
                        + " merged hints; next best " + nextBest + ": " + reasonWords;
            default:
                throw new AssertionError(outcome);
        }
    }
}
