package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.SearchBudget;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Static policy's {@code calculateHints}: which NUMA masks could hold a request now, with the
 * group rule, and which of them are preferred. Also keeps the reasons masks were dropped, in plain
 * words, for the trace. Machines with more NUMA nodes than {@link HintBounds#plainMaxNumaNodes()}
 * get the same decision as a rule ({@link MemoryHintSpace}) instead of all 2^n - 1 masks.
 */
final class HintCalculator {
    /** Masks listed per reason in a trace line before "and N more". */
    private static final int MASKS_PER_REASON = 12;

    /**
     * The hints per requested resource (all resources share one list; empty map = no mask
     * qualifies), the size that counts as preferred, and why masks were dropped. On machines with
     * too many NUMA nodes to list every mask, {@code space} holds the rule (null otherwise), the
     * lists hold its first hints and {@code summary} says so in words (null when there are no
     * hints); the reasons then cover the single nodes only.
     */
    record Result(
            Map<String, List<TopologyHint>> hints,
            int minAffinitySize,
            List<String> reasons,
            MemoryHintSpace space,
            String summary) {
        List<TopologyHint> memoryHints() {
            return hints.getOrDefault(dev.numaadvisor.core.model.Resources.MEMORY, List.of());
        }

        /**
         * {@code findBestHint} over the hints that contain {@code lower} (every hint when empty):
         * preferred beats not preferred, then the narrower mask; null when none contains it.
         */
        TopologyHint best(NumaMask lower) {
            if (space != null) {
                return space.bestHint(lower.bits());
            }
            List<TopologyHint> containing = new ArrayList<>();
            for (TopologyHint h : memoryHints()) {
                if (lower.isSubsetOf(h.affinity())) {
                    containing.add(h);
                }
            }
            return AffinityChoice.best(containing);
        }

        /** "its 3 candidate masks", or without a count when they were not all listed. */
        String candidates() {
            return space != null ? "candidate masks" : "its " + memoryHints().size() + " candidate masks";
        }
    }

    private HintCalculator() {}

    /** Which masks the calculation walks, and what it found. */
    private record Scan(List<NumaMask> qualifying, int minAffinitySize, List<String> reasons) {}

    /**
     * Every mask as the kubelet walks them on machines up to {@code bounds}' plain limit; above,
     * the rule ({@link MemoryHintSpace}) and its first hints.
     */
    static Result calculate(
            MemoryState state,
            String podUid,
            Map<String, Long> requested,
            InitContainerReuse reuse,
            HintBounds bounds,
            int machineNumaNodes) {
        List<Integer> ids = state.nodeIds();
        if (!bounds.listsAll(machineNumaNodes)) {
            return bounded(state, podUid, requested, reuse, bounds, machineNumaNodes);
        }
        Scan scan = scan(dev.numaadvisor.core.hint.NumaSubsets.all(ids), ids.size(), state, podUid,
                requested, reuse);
        Map<String, List<TopologyHint>> hints = new TreeMap<>();
        if (!scan.qualifying().isEmpty()) {
            for (String resource : requested.keySet()) {
                List<TopologyHint> list = new ArrayList<>();
                for (NumaMask m : scan.qualifying()) {
                    list.add(new TopologyHint(m, m.count() == scan.minAffinitySize()));
                }
                hints.put(resource, list);
            }
        }
        return new Result(hints, scan.minAffinitySize(), scan.reasons(), null, null);
    }

    private static Result bounded(
            MemoryState state,
            String podUid,
            Map<String, Long> requested,
            InitContainerReuse reuse,
            HintBounds bounds,
            int machineNumaNodes) {
        List<Integer> ids = state.nodeIds();
        SearchBudget budget = bounds.budget("working out the memory hints", machineNumaNodes);
        MemoryHintSpace space = MemoryHintSpace.of(state, podUid, requested, reuse, budget);
        List<NumaMask> singles = new ArrayList<>();
        ids.forEach(id -> singles.add(NumaMask.of(id)));
        List<String> reasons = scan(singles, ids.size(), state, podUid, requested, reuse).reasons();
        if (!space.hasHints()) {
            return new Result(Map.of(), space.minAffinity(), reasons, space, null);
        }
        HintListing.Listing listing = HintListing.describe(space, machineNumaNodes,
                "can hold " + MemoryRequests.describe(requested), budget);
        Map<String, List<TopologyHint>> hints = new TreeMap<>();
        for (String resource : requested.keySet()) {
            hints.put(resource, listing.hints());
        }
        return new Result(hints, space.minAffinity(), reasons, space, listing.summary());
    }

    /*
     * For each mask in IterateBitMasks order:
     * 1. allocatable over the mask < request for some resource -> the mask can never work: skip;
     * 2. otherwise it may lower minAffinitySize (counted from allocatable, before any usage check);
     * 3. group rule, single-node mask: skip when the node already belongs to a multi-node group;
     * 4. group rule, multi-node mask: skip when a node with assignments is used by single-node
     *    blocks (cells of size 1) or by a different group (cells != this mask);
     * 5. free over the mask + what the pod's init containers left on exactly this mask < request
     *    -> skip;
     * 6. otherwise the mask is a hint, not preferred yet, under every requested resource.
     * Finally a hint is preferred when its size equals minAffinitySize.
     */
    private static Scan scan(
            List<NumaMask> masks,
            int nodes,
            MemoryState state,
            String podUid,
            Map<String, Long> requested,
            InitContainerReuse reuse) {
        Map<String, List<NumaMask>> skipped = new LinkedHashMap<>();
        int minAffinitySize = nodes;
        List<NumaMask> qualifying = new ArrayList<>();
        for (NumaMask mask : masks) {
            String resource = firstShort(state, mask, requested, false, podUid, reuse);
            if (resource != null) {
                skipped.computeIfAbsent(
                                "too little allocatable " + resource, k -> new ArrayList<>())
                        .add(mask);
                continue;
            }
            minAffinitySize = Math.min(minAffinitySize, mask.count());
            String groupReason = groupRuleViolation(state, mask);
            if (groupReason != null) {
                skipped.computeIfAbsent(groupReason, k -> new ArrayList<>()).add(mask);
                continue;
            }
            resource = firstShort(state, mask, requested, true, podUid, reuse);
            if (resource != null) {
                skipped.computeIfAbsent("too little free " + resource, k -> new ArrayList<>())
                        .add(mask);
                continue;
            }
            qualifying.add(mask);
        }
        return new Scan(qualifying, minAffinitySize, reasons(skipped));
    }

    /** The first requested resource the mask cannot hold (allocatable, or free + re-usable). */
    private static String firstShort(
            MemoryState state,
            NumaMask mask,
            Map<String, Long> requested,
            boolean free,
            String podUid,
            InitContainerReuse reuse) {
        for (Map.Entry<String, Long> e : requested.entrySet()) {
            long total = 0;
            for (int node : mask.ids()) {
                total += free ? state.free(node, e.getKey()) : state.allocatable(node, e.getKey());
            }
            if (free) {
                total += reuse.reusable(podUid, mask, e.getKey());
            }
            if (Long.compareUnsigned(total, e.getValue()) < 0) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Why the group rule excludes the mask, or null when it does not (steps 3 and 4 above). */
    static String groupRuleViolation(MemoryState state, NumaMask mask) {
        List<Integer> bits = mask.ids();
        if (bits.size() == 1) {
            NodeMemory node = state.machine.get(bits.get(0));
            if (node != null && node.cells.size() > 1) {
                return "group rule: node "
                        + bits.get(0)
                        + " belongs to the cross-NUMA group "
                        + node.sortedCells()
                        + ", so it cannot be used alone";
            }
            return null;
        }
        for (int id : bits) {
            NodeMemory node = state.machine.get(id);
            if (node == null || node.numberOfAssignments <= 0) {
                continue;
            }
            if (node.cells.size() == 1) {
                return "group rule: node "
                        + id
                        + " already holds single-NUMA memory, so it cannot join "
                        + "a cross-NUMA group";
            }
            if (!node.sortedCells().equals(bits)) {
                return "group rule: node "
                        + id
                        + " is in the group "
                        + node.sortedCells()
                        + ", so it can only be used with exactly that group";
            }
        }
        return null;
    }

    private static List<String> reasons(Map<String, List<NumaMask>> skipped) {
        List<String> out = new ArrayList<>();
        skipped.forEach(
                (reason, masks) -> {
                    StringBuilder sb = new StringBuilder(reason).append(": ");
                    for (int i = 0; i < masks.size() && i < MASKS_PER_REASON; i++) {
                        sb.append(i == 0 ? "" : " ").append(masks.get(i));
                    }
                    if (masks.size() > MASKS_PER_REASON) {
                        sb.append(" and ").append(masks.size() - MASKS_PER_REASON).append(" more");
                    }
                    out.add(sb.toString());
                });
        return out;
    }
}
