package dev.numaadvisor.core.hint;

/**
 * The hint rule the CPU Manager ({@code generateCPUTopologyHints}) and the device manager
 * ({@code generateDeviceTopologyHints}) share: a NUMA mask is a hint when it contains every node
 * of the resources the pod may re-use and the free amount on its nodes covers what is still
 * needed; it is preferred when its width is the provider's minimum width (the fewest nodes whose
 * total capacity, free or not, could hold the request), or, with align-by-socket, when it spans
 * the minimum number of sockets.
 *
 * <p>Every superset (within the universe) of a hint is a hint, so the largest mask between two
 * bounds decides whether any hint lies between them, and the largest free amounts decide whether
 * one of a given width does: both questions are answered exactly.
 */
public final class CapacityHintSpace implements HintSpace {
    private final long universe;
    private final long required;
    private final SumRule free;
    private final int minWidth;
    private final SocketAlignment alignment;

    /**
     * @param universe the NUMA nodes the provider considers
     * @param required nodes every hint must contain (those of re-usable CPUs or devices)
     * @param free free amount per node and the amount still needed
     * @param minWidth the width of preferred hints
     * @param alignment align-by-socket, or null when off
     */
    public CapacityHintSpace(long universe, long required, SumRule free, int minWidth,
                             SocketAlignment alignment) {
        this.universe = universe;
        this.required = required;
        this.free = free;
        this.minWidth = minWidth;
        this.alignment = alignment;
    }

    /** True when at least one mask qualifies (the universe itself is the best candidate). */
    public boolean hasHints() {
        return universe != 0 && hasHintBetween(0L, universe);
    }

    @Override
    public long universe() {
        return universe;
    }

    @Override
    public boolean isHint(long mask) {
        return mask != 0 && (mask & ~universe) == 0 && (required & ~mask) == 0 && free.holds(mask);
    }

    @Override
    public boolean isPreferred(long mask) {
        return isHint(mask) && (Long.bitCount(mask) == minWidth
                || alignment != null && alignment.isAligned(mask));
    }

    @Override
    public boolean hasHintBetween(long lower, long upper) {
        long largest = upper & universe;
        return largest != 0 && ((lower | required) & ~largest) == 0 && free.holds(largest);
    }

    @Override
    public boolean mayHaveHint(long lower, long upper, int width, boolean preferred) {
        long base = lower | required;
        long allowed = upper & universe;
        if ((base & ~allowed) != 0 || width < 1) {
            return false;
        }
        if (!preferred) {
            return free.mayHold(base, allowed, width);
        }
        return width == minWidth && free.mayHold(base, allowed, width)
                || alignment != null && alignment.mayAlign(free, base, allowed, width);
    }

    @Override
    public boolean mayPreferWidth(int width) {
        return width == minWidth || alignment != null;
    }

    @Override
    public int narrowestWidth() {
        for (int width = Math.max(1, Long.bitCount(required)); width <= Long.bitCount(universe);
                width++) {
            if (mayHaveHint(0L, universe, width, false)) {
                return width;
            }
        }
        throw new IllegalStateException("a hint space without hints");
    }

    public int minWidth() {
        return minWidth;
    }
}
