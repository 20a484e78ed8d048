package dev.numaadvisor.core.memory;

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
 * words, for the trace.
 */
final class HintCalculator {
    /**
     * 2^20 masks are still enumerable in a second; the kubelet enumerates all 2^n and would not
     * finish on a machine much larger than that either.
     */
    static final int MAX_ENUMERATED_NUMA_NODES = 20;

    /** Masks listed per reason in a trace line before "and N more". */
    private static final int MASKS_PER_REASON = 12;

    /**
     * The hints per requested resource (all resources share one list; empty map = no mask
     * qualifies), the size that counts as preferred, and why masks were dropped.
     */
    record Result(
            Map<String, List<TopologyHint>> hints,
            int minAffinitySize,
            List<String> reasons,
            boolean tooManyNodes) {
        List<TopologyHint> memoryHints() {
            return hints.getOrDefault(dev.numaadvisor.core.model.Resources.MEMORY, List.of());
        }
    }

    private HintCalculator() {}

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
    static Result calculate(
            MemoryState state,
            String podUid,
            Map<String, Long> requested,
            InitContainerReuse reuse) {
        List<Integer> ids = state.nodeIds();
        Map<String, List<NumaMask>> skipped = new LinkedHashMap<>();
        if (ids.size() > MAX_ENUMERATED_NUMA_NODES) {
            return new Result(
                    Map.of(),
                    ids.size(),
                    List.of(
                            "the machine state has "
                                    + ids.size()
                                    + " NUMA nodes: the kubelet would enumerate 2^"
                                    + ids.size()
                                    + " NUMA masks here; "
                                    + "numa-advisor stops at "
                                    + MAX_ENUMERATED_NUMA_NODES),
                    true);
        }
        int minAffinitySize = ids.size();
        List<NumaMask> qualifying = new ArrayList<>();
        for (NumaMask mask : dev.numaadvisor.core.hint.NumaSubsets.all(ids)) {
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
        Map<String, List<TopologyHint>> hints = new TreeMap<>();
        if (!qualifying.isEmpty()) {
            for (String resource : requested.keySet()) {
                List<TopologyHint> list = new ArrayList<>();
                for (NumaMask m : qualifying) {
                    list.add(new TopologyHint(m, m.count() == minAffinitySize));
                }
                hints.put(resource, list);
            }
        }
        return new Result(hints, minAffinitySize, reasons(skipped), false);
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
