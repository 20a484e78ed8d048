package dev.numaadvisor.core.hint;

import java.util.ArrayList;
import java.util.List;

/**
 * A short, fully listed hint list seen as a {@link HintSpace} so the bounded merge can mix it with
 * rules: every question is answered by scanning the list. A nil affinity counts as all nodes; a
 * preferred nil hint makes every mask preferred ({@link #prefersAnyMask()}), as in the merge.
 */
public final class ListedHintSpace implements HintSpace {
    private final long[] masks;
    private final boolean[] preferred;
    private final boolean[] nil;
    private final boolean preferredNil;
    private final long universe;

    public ListedHintSpace(List<TopologyHint> hints, long allNodes) {
        List<TopologyHint> copy = new ArrayList<>(hints);
        masks = new long[copy.size()];
        preferred = new boolean[copy.size()];
        nil = new boolean[copy.size()];
        boolean anyPreferredNil = false;
        long union = 0;
        for (int i = 0; i < copy.size(); i++) {
            TopologyHint h = copy.get(i);
            masks[i] = h.affinity() == null ? allNodes : h.affinity().bits();
            preferred[i] = h.preferred();
            nil[i] = h.affinity() == null;
            anyPreferredNil |= nil[i] && h.preferred();
            union |= masks[i];
        }
        preferredNil = anyPreferredNil;
        universe = union;
    }

    @Override
    public long universe() {
        return universe;
    }

    @Override
    public boolean isHint(long mask) {
        for (long m : masks) {
            if (m == mask && m != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPreferred(long mask) {
        for (int i = 0; i < masks.length; i++) {
            if (masks[i] == mask && preferred[i] && !nil[i] && mask != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean hasHintBetween(long lower, long upper) {
        for (long m : masks) {
            if ((lower & ~m) == 0 && (m & ~upper) == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayHaveHint(long lower, long upper, int width, boolean preferredOnly) {
        for (int i = 0; i < masks.length; i++) {
            long m = masks[i];
            if ((!preferredOnly || preferred[i]) && Long.bitCount(m) == width
                    && (lower & ~m) == 0 && (m & ~upper) == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayPreferWidth(int width) {
        for (int i = 0; i < masks.length; i++) {
            if (preferred[i] && Long.bitCount(masks[i]) == width) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bit count of the narrowest non-nil affinity, 0 when every hint is nil: the list's share in
     * the merge's bestNonPreferredAffinityCount, which skips all-nil lists.
     */
    @Override
    public int narrowestWidth() {
        int narrowest = Integer.MAX_VALUE;
        for (int i = 0; i < masks.length; i++) {
            if (!nil[i]) {
                narrowest = Math.min(narrowest, Long.bitCount(masks[i]));
            }
        }
        return narrowest == Integer.MAX_VALUE ? 0 : narrowest;
    }

    @Override
    public boolean prefersAnyMask() {
        return preferredNil;
    }

    /** The distinct masks of the preferred non-nil hints, in list order. */
    public List<Long> preferredMasks() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < masks.length; i++) {
            if (preferred[i] && !nil[i] && !out.contains(masks[i])) {
                out.add(masks[i]);
            }
        }
        return out;
    }
}
