package dev.numaadvisor.core.hint;

/**
 * The hints of one resource described by the rule that decides them, for machines with too many
 * NUMA nodes to list every mask (see {@link HintBounds}). Masks are bit sets of NUMA ids as in
 * {@code NumaMask#bits()}; a hint is a non-empty mask. The searches that find the kubelet's answer
 * ({@link MaskSearch}, the bounded merge) use only these questions, and they are exact except
 * where a method says "may", which is a necessary condition used to prune.
 */
public interface HintSpace {
    /** Every node some hint may contain; hints are subsets of it. */
    long universe();

    /** The mask is one of the provider's hints. */
    boolean isHint(long mask);

    /** The mask is a hint and a preferred one. */
    boolean isPreferred(long mask);

    /** Exact: some hint h has lower ⊆ h ⊆ upper. */
    boolean hasHintBetween(long lower, long upper);

    /**
     * Necessary condition: some hint h (a preferred one when asked) of exactly {@code width} nodes
     * has lower ⊆ h ⊆ upper. May answer true when there is none; never false when there is one.
     */
    boolean mayHaveHint(long lower, long upper, int width, boolean preferred);

    /** Necessary condition: a preferred hint may have {@code width} nodes. */
    boolean mayPreferWidth(int width);

    /** The number of nodes of the narrowest hint (at least 1: a space always has a hint). */
    int narrowestWidth();

    /**
     * True for a listed {nil, preferred} hint ("any node"): then every mask counts as preferred by
     * this resource in the merge. Rules never say so; only a {@link ListedHintSpace} can.
     */
    default boolean prefersAnyMask() {
        return false;
    }
}
