package dev.numaadvisor.core.hint;

import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.List;

/**
 * What a provider lists when its hints are described by rule: the first hints in the kubelet's own
 * order (by width, then in {@code IterateBitMasks} order), and how many hints the narrowest width
 * holds, counted up to a cap.
 */
public final class HintListing {
    /** Hints listed per resource: as many as the CPU trace writes out for a plain list. */
    public static final int LISTED_HINTS = 16;
    /** Hints counted at one width before the count reads "more than". */
    public static final long COUNT_CAP = 100_000;
    /**
     * Steps the count may take: it only feeds a sentence, so it stops early rather than spend the
     * budget of the decisions.
     */
    static final long COUNT_STEPS = 1_000_000;

    /** The listed hints and the sentence that says what was left out. */
    public record Listing(List<TopologyHint> hints, String summary) {
    }

    private HintListing() {
    }

    /**
     * The first {@link #LISTED_HINTS} hints, and a summary such as "2,016 NUMA masks of 2 nodes can
     * hold 8 CPUs now (wider masks can too); with 64 NUMA nodes ...".
     *
     * @param holds what a hint does, after "masks of k nodes": "can hold 8 CPUs"
     * @param budget the provider's budget, for the listing (the count has its own)
     */
    public static Listing describe(HintSpace space, int numaNodes, String holds, SearchBudget budget) {
        List<TopologyHint> listed = first(space, LISTED_HINTS, budget);
        int narrowest = space.narrowestWidth();
        String count;
        try {
            count = number(count(space, narrowest, COUNT_CAP, new SearchBudget(COUNT_STEPS, "counting hints",
                    numaNodes)), COUNT_CAP);
        } catch (HintSearchLimit tooLong) {
            count = "an uncounted number of";
        }
        return new Listing(listed, count + " NUMA masks of " + narrowest + (narrowest == 1 ? " node " : " nodes ")
                + holds + " now (wider masks can too); " + unlisted(numaNodes, listed.size()));
    }

    /** The first {@code limit} hints, narrowest first, each with its preferred flag. */
    public static List<TopologyHint> first(HintSpace space, int limit, SearchBudget budget) {
        List<TopologyHint> out = new ArrayList<>();
        long universe = space.universe();
        for (int width = space.narrowestWidth(); width <= Long.bitCount(universe); width++) {
            int w = width;
            MaskSearch.visit(universe, 0L, w, MaskSearch.Order.KUBELET,
                    (lower, upper) -> space.mayHaveHint(lower, upper, w, false),
                    mask -> {
                        if (space.isHint(mask)) {
                            out.add(new TopologyHint(new NumaMask(mask), space.isPreferred(mask)));
                        }
                        return out.size() >= limit;
                    }, budget);
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** Hints of exactly {@code width} nodes, counted up to {@code cap} + 1. */
    public static long count(HintSpace space, int width, long cap, SearchBudget budget) {
        long[] count = {0};
        MaskSearch.visit(space.universe(), 0L, width, MaskSearch.Order.KUBELET,
                (lower, upper) -> space.mayHaveHint(lower, upper, width, false),
                mask -> {
                    if (space.isHint(mask)) {
                        count[0]++;
                    }
                    return count[0] > cap;
                }, budget);
        return count[0];
    }

    /** "2,016" or "more than 100,000" for a count from {@link #count}. */
    public static String number(long count, long cap) {
        return count > cap ? "more than " + String.format("%,d", cap) : String.format("%,d", count);
    }

    /**
     * The sentence that ends every "not all listed" note: how many masks the kubelet would walk,
     * what is listed, and that the merge checks the rest by rule.
     */
    public static String unlisted(int numaNodes, int listed) {
        return "with " + numaNodes + " NUMA nodes the kubelet would try all "
                + HintSearchLimit.masks(numaNodes) + " masks; the first " + listed
                + (listed == 1 ? " hint" : " hints") + " in its order "
                + (listed == 1 ? "is" : "are") + " listed and the merge checks every other mask by"
                + " the same rule";
    }
}
