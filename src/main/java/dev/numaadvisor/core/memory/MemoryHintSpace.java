package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.hint.HintSearchLimit;
import dev.numaadvisor.core.hint.HintSpace;
import dev.numaadvisor.core.hint.MaskSearch;
import dev.numaadvisor.core.hint.SearchBudget;
import dev.numaadvisor.core.hint.SumRule;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Static policy's {@code calculateHints} as a rule, for machines with too many NUMA nodes to
 * list every mask. A snapshot of the state when the hints were asked for: later allocations do not
 * change it.
 *
 * <p>A mask is a hint when (1) its allocatable memory covers every requested resource, (2) the
 * group rule allows it and (3) its free memory, plus what the pod's init containers left on exactly
 * this mask, covers every resource; preferred = the fewest nodes that pass (1). The group rule
 * splits the hints into three kinds, and that split is what makes the questions exact:
 * <ul>
 * <li>single nodes: allowed unless the node belongs to a cross-NUMA group; at most 64, each
 *     checked on its own;</li>
 * <li>masks of two or more nodes none of which holds an assignment: the group rule never objects,
 *     and (1) and (3) are sums, so every larger such mask is a hint too; a mask the pod's init
 *     containers used is the only exception (its bonus counts on exactly that mask) and is checked
 *     on its own;</li>
 * <li>masks of two or more nodes, one with assignments: only that node's exact group can pass, so
 *     there are at most as many as groups, each checked on its own.</li>
 * </ul>
 */
final class MemoryHintSpace implements HintSpace {
    private final long universe;
    /** Nodes without assignments: the group rule ignores them in masks of two or more nodes. */
    private final long unassigned;
    /** Nodes that may be a hint alone: not in a cross-NUMA group. */
    private final long soloAllowed;
    /** Per node with assignments: its group as a mask (-1 when it can equal no mask), its size. */
    private final long[] groupById = new long[NumaMask.MAX_NUMA_ID + 1];
    private final int[] groupSizeById = new int[NumaMask.MAX_NUMA_ID + 1];
    /** Masks decided one by one: the groups of assigned nodes and the pod's init-container masks. */
    private final List<Long> checkedAlone = new ArrayList<>();
    private final List<Long> needs = new ArrayList<>();
    private final List<SumRule> allocatable = new ArrayList<>();
    private final List<SumRule> free = new ArrayList<>();
    /** Per resource, bytes the pod's init containers left on exactly a mask. */
    private final List<Map<Long, Long>> reusable = new ArrayList<>();
    private final int minAffinity;
    private final int narrowest;
    /** The steps every search over this snapshot may take (hints, listing, allocation). */
    private final SearchBudget budget;

    private MemoryHintSpace(MemoryState state, String podUid, Map<String, Long> requested,
                            InitContainerReuse reuse, SearchBudget budget) {
        universe = NumaMask.of(state.nodeIds()).bits();
        long assigned = 0;
        long solo = 0;
        for (int id : state.nodeIds()) {
            NodeMemory node = state.machine.get(id);
            if (node.cells.size() <= 1) {
                solo |= 1L << id;
            }
            if (node.numberOfAssignments > 0) {
                assigned |= 1L << id;
                groupSizeById[id] = node.cells.size();
                groupById[id] = exactMask(node.sortedCells());
                addAlone(groupById[id]);
            }
        }
        unassigned = universe & ~assigned;
        soloAllowed = solo;
        for (Map.Entry<String, Long> r : requested.entrySet()) {
            needs.add(r.getValue());
            allocatable.add(rule(state, r.getKey(), r.getValue(), false));
            free.add(rule(state, r.getKey(), r.getValue(), true));
            Map<Long, Long> left = reuse.masksOf(podUid, r.getKey());
            reusable.add(left);
            left.keySet().forEach(this::addAlone);
        }
        this.budget = budget;
        minAffinity = minAllocatableWidth();
        narrowest = narrowestHint();
    }

    /**
     * The rule for a request; {@link #hasHints()} is false when no mask qualifies (then the kubelet
     * returns no hints).
     *
     * @throws HintSearchLimit when a search runs out of steps, or when counters add up past 2^64
     *     (wrapped uint64 values, for which sums are not monotone)
     */
    static MemoryHintSpace of(MemoryState state, String podUid, Map<String, Long> requested,
                              InitContainerReuse reuse, SearchBudget budget) {
        return new MemoryHintSpace(state, podUid, requested, reuse, budget);
    }

    boolean hasHints() {
        return narrowest != 0;
    }

    SearchBudget budget() {
        return budget;
    }

    private void addAlone(long mask) {
        if (mask != -1 && Long.bitCount(mask) >= 2 && !checkedAlone.contains(mask)) {
            checkedAlone.add(mask);
        }
    }

    private static SumRule rule(MemoryState state, String resource, long need, boolean free) {
        long[] amounts = new long[NumaMask.MAX_NUMA_ID + 1];
        for (int id : state.nodeIds()) {
            amounts[id] = free ? state.free(id, resource) : state.allocatable(id, resource);
        }
        SumRule rule = SumRule.of(amounts, need);
        if (rule == null) {
            throw wrapped(state, resource, free, amounts);
        }
        return rule;
    }

    /**
     * The kubelet's uint64 counters wrap when a node's hugepages or reserved memory exceed its
     * memory (allocatable "below zero"), or when reservations then push free below zero. Sums over
     * masks then wrap too and stop growing with the mask, which the bounded searches rely on.
     */
    private static HintSearchLimit wrapped(MemoryState state, String resource, boolean free, long[] amounts) {
        List<Integer> below = new ArrayList<>();
        for (int id : state.nodeIds()) {
            if (amounts[id] < 0) {
                below.add(id);
            }
        }
        String what = (free ? "free " : "allocatable ") + resource;
        return new HintSearchLimit("numa-advisor stopped: " + (below.isEmpty()
                ? "the " + what + " of all NUMA nodes adds up past 2^64 - 1 bytes"
                : "the " + what + " of NUMA " + (below.size() == 1 ? "node " + below.get(0) : "nodes " + below)
                        + " is below zero as the kubelet computes it (hugepages or reserved memory larger"
                        + " than the node's memory), so its uint64 counter wraps around")
                + "; the kubelet then compares wrapped sums, which do not grow with the NUMA mask, and"
                + " the bounded hint search relies on sums that do. To get an answer: give every NUMA"
                + " node more memory than its hugepages and reserved memory, or model at most "
                + dev.numaadvisor.core.hint.HintBounds.PLAIN_MAX_NUMA_NODES + " NUMA nodes (every mask is"
                + " then listed)");
    }

    /** The sorted group as a mask, or -1 when it has ids outside 0-63 or one twice. */
    private static long exactMask(List<Integer> sortedCells) {
        long mask = 0;
        for (int id : sortedCells) {
            if (id < 0 || id > NumaMask.MAX_NUMA_ID || (mask & 1L << id) != 0) {
                return -1;
            }
            mask |= 1L << id;
        }
        return mask;
    }

    int minAffinity() {
        return minAffinity;
    }

    @Override
    public long universe() {
        return universe;
    }

    /** The plain calculation's steps 1, 3, 4 and 5 for one mask (see {@link HintCalculator}). */
    @Override
    public boolean isHint(long mask) {
        if (mask == 0 || (mask & ~universe) != 0 || !allocatableHolds(mask) || !groupAllows(mask)) {
            return false;
        }
        for (int i = 0; i < free.size(); i++) {
            long total = free.get(i).sum(mask) + reusable.get(i).getOrDefault(mask, 0L);
            if (Long.compareUnsigned(total, needs.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isPreferred(long mask) {
        return Long.bitCount(mask) == minAffinity && isHint(mask);
    }

    private boolean allocatableHolds(long mask) {
        for (SumRule r : allocatable) {
            if (!r.holds(mask)) {
                return false;
            }
        }
        return true;
    }

    /** Free memory alone (no init-container bonus) covers every resource. */
    private boolean freeHolds(long mask) {
        for (SumRule r : free) {
            if (!r.holds(mask)) {
                return false;
            }
        }
        return true;
    }

    /** {@link HintCalculator#groupRuleViolation} == null, on the snapshot. */
    private boolean groupAllows(long mask) {
        if (Long.bitCount(mask) == 1) {
            return (soloAllowed & mask) != 0;
        }
        for (long b = mask & ~unassigned; b != 0; b &= b - 1) {
            int id = Long.numberOfTrailingZeros(b);
            if (groupSizeById[id] == 1 || groupById[id] != mask) {
                return false;
            }
        }
        return true;
    }

    /**
     * Exact, by the three kinds: a single node is checked; among masks of two or more unassigned
     * nodes the largest one between the bounds decides; the masks checked alone are checked.
     */
    @Override
    public boolean hasHintBetween(long lower, long upper) {
        if (Long.bitCount(lower) <= 1 && singleBetween(lower, upper)) {
            return true;
        }
        long largest = upper & unassigned;
        if ((lower & ~largest) == 0 && Long.bitCount(largest) >= 2 && allocatableHolds(largest)
                && freeHolds(largest)) {
            return true;
        }
        for (long mask : checkedAlone) {
            if ((lower & ~mask) == 0 && (mask & ~upper) == 0 && isHint(mask)) {
                return true;
            }
        }
        return false;
    }

    /** Exact for single nodes and masks checked alone; for the rest each sum on its own. */
    @Override
    public boolean mayHaveHint(long lower, long upper, int width, boolean preferred) {
        if (preferred && width != minAffinity || width < 1) {
            return false;
        }
        if (width == 1) {
            return Long.bitCount(lower) <= 1 && singleBetween(lower, upper);
        }
        for (long mask : checkedAlone) {
            if (Long.bitCount(mask) == width && (lower & ~mask) == 0 && (mask & ~upper) == 0
                    && isHint(mask)) {
                return true;
            }
        }
        long allowed = upper & unassigned;
        if ((lower & ~allowed) != 0) {
            return false;
        }
        for (int i = 0; i < free.size(); i++) {
            if (!allocatable.get(i).mayHold(lower, allowed, width)
                    || !free.get(i).mayHold(lower, allowed, width)) {
                return false;
            }
        }
        return Long.bitCount(allowed) >= width;
    }

    /** A single-node hint h with lower ⊆ h ⊆ upper (lower has at most one node). */
    private boolean singleBetween(long lower, long upper) {
        for (long b = lower != 0 ? lower : upper & universe; b != 0; b &= b - 1) {
            long single = Long.lowestOneBit(b);
            if ((single & ~upper) == 0 && isHint(single)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayPreferWidth(int width) {
        return width == minAffinity;
    }

    @Override
    public int narrowestWidth() {
        if (narrowest == 0) {
            throw new IllegalStateException("a hint space without hints");
        }
        return narrowest;
    }

    /**
     * {@code findBestHint} over the hints that contain {@code lower}: the preferred one with the
     * lowest ids, else the narrowest, lowest ids first; null when none contains it.
     */
    TopologyHint bestHint(long lower) {
        long found = MaskSearch.first(universe, lower, minAffinity, MaskSearch.Order.NUMERIC,
                (l, u) -> mayHaveHint(l, u, minAffinity, true), this::isPreferred, budget);
        if (found != -1) {
            return new TopologyHint(new NumaMask(found), true);
        }
        for (int width = Math.max(1, Long.bitCount(lower)); width <= Long.bitCount(universe); width++) {
            int w = width;
            found = MaskSearch.first(universe, lower, w, MaskSearch.Order.NUMERIC,
                    (l, u) -> mayHaveHint(l, u, w, false), this::isHint, budget);
            if (found != -1) {
                return new TopologyHint(new NumaMask(found), isPreferred(found));
            }
        }
        return null;
    }

    /** Step 2: the fewest nodes whose allocatable memory covers every resource, else all nodes. */
    private int minAllocatableWidth() {
        for (int width = 1; width <= Long.bitCount(universe); width++) {
            int w = width;
            long found = MaskSearch.first(universe, 0L, w, MaskSearch.Order.NUMERIC, (l, u) -> {
                for (SumRule r : allocatable) {
                    if (!r.mayHold(l, u, w)) {
                        return false;
                    }
                }
                return true;
            }, this::allocatableHolds, budget);
            if (found != -1) {
                return width;
            }
        }
        return Long.bitCount(universe);
    }

    /** The width of the narrowest hint, 0 when there is none. */
    private int narrowestHint() {
        for (int width = 1; width <= Long.bitCount(universe); width++) {
            int w = width;
            if (MaskSearch.first(universe, 0L, w, MaskSearch.Order.NUMERIC,
                    (l, u) -> mayHaveHint(l, u, w, false), this::isHint, budget) != -1) {
                return width;
            }
        }
        return 0;
    }
}
