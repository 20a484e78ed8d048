package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The kubelet's {@code HintMerger} ({@code policy.go}): the normalised hint lists (one per
 * resource, in provider order), the comparison that picks the best merged hint, and the plain
 * permutation fold {@link #mergeByPermutations()} that is the reference for every faster merge.
 * Lists may be empty (then no combination exists); hints may have a null affinity (any node).
 */
public final class HintMerger {
    private final NumaInfo numaInfo;
    private final List<List<TopologyHint>> lists;
    private final boolean preferClosest;
    private final int bestNonPreferredAffinityCount;

    /**
     * @param preferClosest compare equal-size masks by distance ({@code prefer-closest-numa-nodes});
     *     the policy decides, the merger never looks at a policy name
     */
    public HintMerger(NumaInfo numaInfo, List<List<TopologyHint>> lists, boolean preferClosest) {
        this(numaInfo, lists, preferClosest, null);
    }

    /** With a fixed bestNonPreferredAffinityCount, as the kubelet's compare tests build it. */
    HintMerger(NumaInfo numaInfo, List<List<TopologyHint>> lists, boolean preferClosest, Integer fixedCount) {
        this.numaInfo = numaInfo;
        List<List<TopologyHint>> copy = new ArrayList<>(lists.size());
        for (List<TopologyHint> list : lists) {
            copy.add(List.copyOf(list));
        }
        this.lists = Collections.unmodifiableList(copy);
        this.preferClosest = preferClosest;
        this.bestNonPreferredAffinityCount = fixedCount != null ? fixedCount : maxOfMinAffinityCounts(this.lists);
    }

    public NumaInfo numaInfo() {
        return numaInfo;
    }

    public List<List<TopologyHint>> lists() {
        return lists;
    }

    public boolean preferClosest() {
        return preferClosest;
    }

    /** The size (in NUMA nodes) that non-preferred merged hints aim at. */
    public int bestNonPreferredAffinityCount() {
        return bestNonPreferredAffinityCount;
    }

    /**
     * {@code maxOfMinAffinityCounts}: for each list the bit count of its narrowest non-nil hint
     * (lists with only nil affinities are skipped), the maximum over all lists, 0 if none. In words:
     * the size of the smallest placement that the most demanding resource can accept.
     */
    public static int maxOfMinAffinityCounts(List<List<TopologyHint>> lists) {
        int max = 0;
        for (int i = 0; i < lists.size(); i++) {
            List<TopologyHint> list = lists.get(i);
            NumaMask narrowest = null;
            for (int j = 0; j < list.size(); j++) {
                TopologyHint hint = list.get(j);
                if (hint.affinity() != null && (narrowest == null || hint.affinity().isNarrowerThan(narrowest))) {
                    narrowest = hint.affinity();
                }
            }
            if (narrowest != null && narrowest.count() > max) {
                max = narrowest.count();
            }
        }
        return max;
    }

    /** Number of combinations the kubelet visits (product of the list sizes, saturating). */
    public long combinations() {
        long product = 1;
        for (List<TopologyHint> list : lists) {
            if (list.isEmpty()) {
                return 0;
            }
            try {
                product = Math.multiplyExact(product, list.size());
            } catch (ArithmeticException tooMany) {
                product = Long.MAX_VALUE;
            }
        }
        return product;
    }

    /**
     * {@code mergePermutation}: AND the default mask with every non-nil affinity; preferred only when
     * (a) every hint is preferred and (b) all non-nil affinities are exactly equal (kubernetes PR
     * #108052: {0} and {0,1}, both preferred, merge to {0} not preferred).
     */
    public static TopologyHint mergePermutation(NumaMask defaultAffinity, List<TopologyHint> permutation) {
        long merged = defaultAffinity.bits();
        boolean preferred = true;
        NumaMask first = null;
        for (TopologyHint hint : permutation) {
            NumaMask affinity = hint.affinity();
            if (affinity != null) {
                merged &= affinity.bits();
                if (first == null) {
                    first = affinity;
                } else if (!affinity.equals(first)) {
                    preferred = false;
                }
            }
            if (!hint.preferred()) {
                preferred = false;
            }
        }
        return new TopologyHint(new NumaMask(merged), preferred);
    }

    /**
     * {@code HintMerger.Merge} exactly as the kubelet runs it: every combination of one hint per
     * list (first list outermost), each merged and folded through {@link #compare}. Nothing left
     * (every merged mask empty, or no combination at all) gives {all nodes, not preferred}.
     * Cost is the product of the list sizes: use it as the reference only.
     */
    public TopologyHint mergeByPermutations() {
        NumaMask defaultAffinity = numaInfo.defaultAffinityMask();
        TopologyHint best = null;
        int n = lists.size();
        int[] index = new int[n];
        for (List<TopologyHint> list : lists) {
            if (list.isEmpty()) {
                return new TopologyHint(defaultAffinity, false);
            }
        }
        List<TopologyHint> permutation = new ArrayList<>(Collections.nCopies(n, (TopologyHint) null));
        while (true) {
            for (int i = 0; i < n; i++) {
                permutation.set(i, lists.get(i).get(index[i]));
            }
            best = compare(best, mergePermutation(defaultAffinity, permutation));
            // Odometer step, last list fastest, as the kubelet's recursion visits them.
            int i = n - 1;
            while (i >= 0 && ++index[i] == lists.get(i).size()) {
                index[i] = 0;
                i--;
            }
            if (i < 0) {
                break;
            }
        }
        return best != null ? best : new TopologyHint(defaultAffinity, false);
    }

    /**
     * {@code HintMerger.compare}: returns {@code current} or {@code candidate}, whichever is better.
     *
     * <p>Case analysis (B = bestNonPreferredAffinityCount, c = current's bit count, k = candidate's):
     * <ol>
     * <li>candidate mask empty: keep current;</li>
     * <li>no current yet: candidate;</li>
     * <li>current not preferred, candidate preferred: candidate;</li>
     * <li>current preferred, candidate not preferred: current, however narrow the candidate;</li>
     * <li>both preferred: mask comparison;</li>
     * <li>both not preferred, aiming at masks of exactly B bits:
     *   <ol type="a">
     *   <li>c &gt; B: mask comparison (the narrower, or closer, wins);</li>
     *   <li>c = B: keep current unless k = B too, then mask comparison;</li>
     *   <li>c &lt; B: k &gt; B keeps current; k = B takes candidate; k &lt; B takes the larger of
     *       c and k, and on equal sizes the mask comparison.</li>
     *   </ol></li>
     * </ol>
     */
    public TopologyHint compare(TopologyHint current, TopologyHint candidate) {
        int k = count(candidate);
        if (k == 0) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        if (!current.preferred() && candidate.preferred()) {
            return candidate;
        }
        if (current.preferred() && !candidate.preferred()) {
            return current;
        }
        if (current.preferred()) {
            return compareMasks(current, candidate);
        }
        int c = count(current);
        int b = bestNonPreferredAffinityCount;
        if (c > b) {
            return compareMasks(current, candidate);
        }
        if (c == b) {
            return k == b ? compareMasks(current, candidate) : current;
        }
        if (k > b) {
            return current;
        }
        if (k == b) {
            return candidate;
        }
        if (k != c) {
            return k > c ? candidate : current;
        }
        return compareMasks(current, candidate);
    }

    /**
     * The mask comparison {@code NewHintMerger} installs: equal masks keep current; otherwise
     * {@code Closest} when prefer-closest is on, else {@code Narrowest}; current wins when the
     * chosen mask is its own.
     */
    public TopologyHint compareMasks(TopologyHint current, TopologyHint candidate) {
        NumaMask currentMask = current.affinity();
        NumaMask candidateMask = candidate.affinity();
        if (candidateMask.equals(currentMask)) {
            return current;
        }
        NumaMask best = preferClosest ? numaInfo.closest(currentMask, candidateMask)
                : numaInfo.narrowest(currentMask, candidateMask);
        return best.equals(currentMask) ? current : candidate;
    }

    private static int count(TopologyHint hint) {
        return hint.affinity() == null ? 0 : hint.affinity().count();
    }
}
