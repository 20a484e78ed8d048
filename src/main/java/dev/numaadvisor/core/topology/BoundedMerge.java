package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintSearchLimit;
import dev.numaadvisor.core.hint.HintSpace;
import dev.numaadvisor.core.hint.ListedHintSpace;
import dev.numaadvisor.core.hint.MaskSearch;
import dev.numaadvisor.core.hint.SearchBudget;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The merge when some resource's hints are a rule ({@link HintSpace}) rather than a list: the same
 * merged hint as {@link DistinctCandidates} over the full lists, found without listing them.
 *
 * <p>{@link DistinctCandidates} shows that the kubelet's fold returns the best distinct merged
 * hint under one total order: preferred first; among preferred, the mask comparison (fewer nodes,
 * then lower average distance with prefer-closest-numa-nodes, then the smaller integer); among not
 * preferred, masks of exactly B = bestNonPreferredAffinityCount nodes, then smaller ones largest
 * first, then larger ones narrowest first, ties by the mask comparison. So it is enough to visit
 * the masks in that order and stop at the first that is a merged hint of the right kind:
 * <ol>
 * <li>Preferred. A merged hint is preferred only when every hint of its combination is preferred
 *     and all non-nil affinities are one mask A: A is a candidate iff every list that has no
 *     preferred "any node" hint prefers A. The walk goes width by width from 1 and, within a
 *     width, in the mask comparison's order; a subtree is skipped when some rule says no
 *     preferred hint of that width lies between the nodes chosen and the nodes still possible
 *     ({@link HintSpace#mayHaveHint}). A listed list bounds the candidates to its own preferred
 *     masks, which are then checked one by one.</li>
 * <li>Not preferred (only when no mask is preferred by all). B is the largest of the lists'
 *     narrowest widths. Every merged hint S is then a candidate: one hint per list ANDs to
 *     exactly S, which {@link ReachableByRule} decides (exactly: it shares the nodes outside S
 *     out among the lists). A subtree is skipped when some list has no hint containing the nodes
 *     chosen. Widths are visited B, B-1 ... 1, B+1 ... n; within a width the first reachable mask
 *     in the mask comparison's order wins.</li>
 * <li>No mask at all: all nodes, not preferred, as the kubelet's fold returns.</li>
 * </ol>
 * With prefer-closest-numa-nodes a width is walked in full (numeric order) and the lowest distance
 * sum wins, the first one on a tie; subtrees that cannot beat the best so far are skipped. Every
 * walk spends one {@link SearchBudget}, and a merge that would need more steps stops with
 * {@link HintSearchLimit}.
 */
final class BoundedMerge {
    private final NumaInfo numaInfo;
    private final List<HintSpace> lists;
    private final boolean preferClosest;
    private final SearchBudget budget;
    private final long all;
    /** The smallest self distance and the smallest distance between two nodes (prefer-closest). */
    private final long minSelf;
    private final long minOther;
    private final ReachableByRule reach;

    private BoundedMerge(NumaInfo numaInfo, List<HintSpace> lists, boolean preferClosest, SearchBudget budget) {
        this.numaInfo = numaInfo;
        this.lists = lists;
        this.preferClosest = preferClosest;
        this.budget = budget;
        this.all = numaInfo.defaultAffinityMask().bits();
        long self = Long.MAX_VALUE;
        long other = Long.MAX_VALUE;
        if (preferClosest) {
            for (int i : numaInfo.nodes()) {
                for (int j : numaInfo.nodes()) {
                    if (i == j) {
                        self = Math.min(self, numaInfo.distance(i, j));
                    } else {
                        other = Math.min(other, numaInfo.distance(i, j));
                    }
                }
            }
        }
        this.minSelf = self;
        this.minOther = other;
        this.reach = new ReachableByRule(lists, all, budget);
    }

    /** The merged hint and the trace line that says why it won. */
    record Outcome(TopologyHint hint, String why) {
    }

    /**
     * The best merged hint of the normalised lists; a list with a rule is read from the rule.
     *
     * @throws HintSearchLimit when the walk needs more steps than the rules' bounds allow
     */
    static TopologyHint merge(NumaInfo numaInfo, List<ProviderHintsFilter.ResourceHints> resources,
                              boolean preferClosest, Trace trace) {
        HintBounds bounds = HintBounds.DEFAULT;
        List<HintSpace> lists = new ArrayList<>();
        long all = numaInfo.defaultAffinityMask().bits();
        for (ProviderHintsFilter.ResourceHints r : resources) {
            if (r.rule() == null) {
                lists.add(new ListedHintSpace(r.hints(), all));
                continue;
            }
            if ((r.rule().space().universe() & ~all) != 0) {
                throw new HintSearchLimit("numa-advisor stopped: the " + r.label() + " hints use NUMA nodes "
                        + new NumaMask(r.rule().space().universe() & ~all) + " that the machine does not have,"
                        + " which the bounded merge cannot follow. To get an answer: make the memory"
                        + " checkpoint's machineState list the machine's NUMA nodes only");
            }
            lists.add(r.rule().space());
            if (r.rule().bounds().searchSteps() < bounds.searchSteps()) {
                bounds = r.rule().bounds();
            }
        }
        SearchBudget budget = bounds.budget("the Topology Manager's merge of these hints", numaInfo.nodeCount());
        Outcome outcome = new BoundedMerge(numaInfo, lists, preferClosest, budget).best();
        if (trace.enabled()) {
            trace.add("not every hint was listed, so the merge walks the NUMA masks in the kubelet's order"
                    + " of preference and asks each resource's rule about them (the same result as"
                    + " combining every hint; " + String.format("%,d", budget.steps()) + " search steps)");
            trace.add(outcome.why());
        }
        return outcome.hint();
    }

    private Outcome best() {
        Long preferred = preferred();
        if (preferred != null) {
            TopologyHint hint = new TopologyHint(new NumaMask(preferred), true);
            return new Outcome(hint, "merged hint " + hint + " wins: of the masks every resource prefers, it is"
                    + " the narrowest (" + HintWords.nodes(hint.affinity().count()) + "), then " + tieWords());
        }
        int b = 0;
        for (HintSpace list : lists) {
            b = Math.max(b, list.narrowestWidth());
        }
        Long reachable = notPreferred(b);
        if (reachable == null) {
            return new Outcome(new TopologyHint(numaInfo.defaultAffinityMask(), false), "every combination leaves"
                    + " no NUMA node in common: the merge falls back to all NUMA nodes "
                    + numaInfo.defaultAffinityMask() + ", not preferred");
        }
        TopologyHint hint = new TopologyHint(new NumaMask(reachable), false);
        return new Outcome(hint, "no NUMA mask is preferred by every resource; the most demanding resource needs"
                + " at least " + HintWords.nodes(b) + " (bestNonPreferredAffinityCount), so merged hints of"
                + " exactly that size rank first, then smaller ones (largest first), then larger ones;"
                + " merged hint " + hint + " wins: it is the first mask in that order, then " + tieWords()
                + ", that one hint per resource can merge to");
    }

    private String tieWords() {
        return preferClosest ? "the lowest average NUMA distance, then the lowest NUMA ids"
                : "the lowest NUMA ids (the kubelet compares masks as numbers)";
    }

    /** The best mask every list prefers, or null when there is none. */
    private Long preferred() {
        List<HintSpace> active = new ArrayList<>();
        ListedHintSpace listed = null;
        for (HintSpace list : lists) {
            if (list.prefersAnyMask()) {
                continue;
            }
            active.add(list);
            if (list instanceof ListedHintSpace && (listed == null
                    || ((ListedHintSpace) list).preferredMasks().size() < listed.preferredMasks().size())) {
                listed = (ListedHintSpace) list;
            }
        }
        if (active.isEmpty()) {
            return all;
        }
        if (listed != null) {
            return bestOfListed(listed, active);
        }
        long universe = all;
        for (HintSpace list : active) {
            universe &= list.universe();
        }
        for (int width = 1; width <= Long.bitCount(universe); width++) {
            if (!allMayPreferWidth(active, width)) {
                continue;
            }
            int w = width;
            Long found = walk(universe, w, (lower, upper) -> {
                for (HintSpace list : active) {
                    if (!list.mayHaveHint(lower, upper, w, true)) {
                        return false;
                    }
                }
                return true;
            }, mask -> {
                for (HintSpace list : active) {
                    if (!list.isPreferred(mask)) {
                        return false;
                    }
                }
                return true;
            });
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean allMayPreferWidth(List<HintSpace> active, int width) {
        for (HintSpace list : active) {
            if (!list.mayPreferWidth(width)) {
                return false;
            }
        }
        return true;
    }

    /** The candidates are the listed list's preferred masks, each checked against every list. */
    private Long bestOfListed(ListedHintSpace listed, List<HintSpace> active) {
        NumaMask best = null;
        for (long source : listed.preferredMasks()) {
            budget.spend();
            boolean everywhere = true;
            for (HintSpace list : active) {
                everywhere &= list.isPreferred(source);
            }
            NumaMask merged = new NumaMask(source & all);
            if (everywhere && !merged.isEmpty() && (best == null || better(merged, best))) {
                best = merged;
            }
        }
        return best == null ? null : best.bits();
    }

    /** The mask comparison ({@code Narrowest} or {@code Closest}) on distinct masks. */
    private boolean better(NumaMask candidate, NumaMask current) {
        NumaMask winner = preferClosest ? numaInfo.closest(current, candidate)
                : numaInfo.narrowest(current, candidate);
        return winner.equals(candidate);
    }

    /** The first reachable mask in the not-preferred order, or null when none is reachable. */
    private Long notPreferred(int b) {
        long universe = all;
        for (HintSpace list : lists) {
            universe &= list.universe();
        }
        int n = Long.bitCount(universe);
        List<Integer> widths = new ArrayList<>();
        for (int w = Math.min(b, n); w >= 1; w--) {
            widths.add(w);
        }
        for (int w = Math.max(b + 1, 1); w <= n; w++) {
            widths.add(w);
        }
        for (int width : widths) {
            Long found = walk(universe, width, (lower, upper) -> {
                for (HintSpace list : lists) {
                    if (!list.hasHintBetween(lower, all)) {
                        return false;
                    }
                }
                return true;
            }, reach::contains);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The first accepted mask of one width in the mask comparison's order: numeric order, or with
     * prefer-closest the lowest distance sum (the first one on a tie, i.e. the smaller integer).
     */
    private Long walk(long universe, int width, MaskSearch.Pruning pruning, LongPredicate accept) {
        if (!preferClosest) {
            long found = MaskSearch.first(universe, 0L, width, MaskSearch.Order.NUMERIC, pruning, accept, budget);
            return found == -1 ? null : found;
        }
        long[] best = {-1L, Long.MAX_VALUE};
        MaskSearch.visit(universe, 0L, width, MaskSearch.Order.NUMERIC,
                (lower, upper) -> (best[0] == -1 || lowestSum(lower, width) < best[1])
                        && pruning.mayContain(lower, upper),
                mask -> {
                    long sum = numaInfo.distanceSum(new NumaMask(mask));
                    if (sum < best[1] && accept.test(mask)) {
                        best[0] = mask;
                        best[1] = sum;
                    }
                    return false;
                }, budget);
        return best[0] == -1 ? null : best[0];
    }

    /**
     * The least distance sum any mask of {@code width} nodes containing {@code lower} can have:
     * the pairs inside lower, plus for each node still to add its self distance, twice the smallest
     * distance to every node of lower and to every other added node.
     */
    private long lowestSum(long lower, int width) {
        long added = width - Long.bitCount(lower);
        long have = Long.bitCount(lower);
        return numaInfo.distanceSum(new NumaMask(lower)) + added * minSelf
                + (added > 0 ? 2 * added * have * minOther + added * (added - 1) * minOther : 0);
    }
}
