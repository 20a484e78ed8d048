package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryManagerMessages.*;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import java.util.List;
import java.util.Map;

/**
 * Where the Static policy's Allocate puts a container: the Topology Manager's affinity, or a
 * default hint when it has none, extended when it cannot hold the request, and checked against the
 * group rule.
 */
final class AffinityChoice {
    private AffinityChoice() {}

    /*
     * Allocate's cases, in order:
     * 1. no NUMA affinity from the Topology Manager (policy none, or nobody had a preference):
     *    take the best of calculateHints' memory hints; none at all -> error; the Topology
     *    Manager's hint was preferred but the default is not -> error;
     * 2. the affinity lacks free memory for some resource: extend it to the best calculated
     *    hint that contains it; none -> error; preferred before but not after -> error;
     * 3. the final mask breaks the group rule for a node that already has assignments -> error.
     */
    static TopologyHint choose(
            MemoryState state,
            Pod pod,
            Container container,
            Map<String, Long> requested,
            TopologyHint affinity,
            Hints hints,
            Trace trace)
            throws AdmissionError {
        String who = "container " + container.name() + " of pod " + pod.name();
        TopologyHint best = affinity;
        if (best.affinity() == null) {
            best = defaultHint(hints.calculate(), requested, affinity, who, trace);
        }
        if (!satisfies(state, best.affinity(), requested)) {
            best = extended(hints.calculate(), requested, best, who, trace);
        }
        if (best.affinity().count() == 1) {
            noteSingleNodeInGroup(state, best.affinity().ids().get(0), who, trace);
        }
        String violation =
                best.affinity().count() == 1 ? null : groupViolation(state, best.affinity());
        if (violation != null) {
            throw StaticMemoryPolicy.fail(
                    trace,
                    who,
                    "NUMA " + best.affinity() + " breaks the group rule (" + violation + ")",
                    VIOLATES_GROUPS);
        }
        return best;
    }

    /** The container's hints computed again, as Allocate does (only when it needs them). */
    @FunctionalInterface
    interface Hints {
        HintCalculator.Result calculate();
    }

    private static TopologyHint defaultHint(
            HintCalculator.Result result,
            Map<String, Long> requested,
            TopologyHint affinity,
            String who,
            Trace trace)
            throws AdmissionError {
        if (result.hints().isEmpty() || result.memoryHints().isEmpty()) {
            throw StaticMemoryPolicy.fail(
                    trace,
                    who,
                    "the Topology Manager gave no NUMA affinity and no set of "
                            + "NUMA nodes has "
                            + MemoryRequests.describe(requested)
                            + " free ("
                            + String.join("; ", result.reasons())
                            + ")",
                    NO_DEFAULT_AFFINITY);
        }
        TopologyHint chosen = result.best(NumaMask.EMPTY);
        if (!chosen.preferred() && affinity.preferred()) {
            throw StaticMemoryPolicy.fail(
                    trace,
                    who,
                    "the Topology Manager's hint had no NUMA affinity but was "
                            + "preferred, while the Memory Manager's own best mask "
                            + chosen.affinity()
                            + " is not preferred (it needs more NUMA nodes than the "
                            + result.minAffinitySize()
                            + " whose allocatable memory could hold it)",
                    NO_DEFAULT_PREFERRED);
        }
        if (trace.enabled()) {
            trace.add(
                    "memory: the Topology Manager gave "
                            + who
                            + " no NUMA affinity, so the Memory Manager picks "
                            + "its own default: "
                            + chosen.affinity()
                            + (chosen.preferred() ? " (preferred" : " (not preferred")
                            + ", the narrowest of "
                            + result.candidates()
                            + ", lowest node ids first)");
        }
        return chosen;
    }

    private static TopologyHint extended(
            HintCalculator.Result result,
            Map<String, Long> requested,
            TopologyHint current,
            String who,
            Trace trace)
            throws AdmissionError {
        TopologyHint chosen = result.best(current.affinity());
        if (chosen == null) {
            throw StaticMemoryPolicy.fail(
                    trace,
                    who,
                    "NUMA "
                            + current.affinity()
                            + " has not enough free memory "
                            + "for "
                            + MemoryRequests.describe(requested)
                            + " and no set of NUMA nodes containing it can "
                            + "take the request",
                    NO_EXTENSION);
        }
        if (!chosen.preferred() && current.preferred()) {
            throw StaticMemoryPolicy.fail(
                    trace,
                    who,
                    "NUMA "
                            + current.affinity()
                            + " was preferred but lacks free "
                            + "memory; the smallest set containing it, "
                            + chosen.affinity()
                            + ", is not preferred",
                    NO_EXTENDED_PREFERRED);
        }
        trace.add(
                "memory: NUMA "
                        + current.affinity()
                        + " has not enough free memory for "
                        + who
                        + " ("
                        + MemoryRequests.describe(requested)
                        + "); extended to "
                        + chosen.affinity()
                        + (chosen.preferred() ? " (preferred)" : " (not preferred)"));
        return chosen;
    }

    /**
     * The kubelet checks the group rule only for multi-node masks: a single node that belongs to a
     * cross-NUMA group is allocated alone anyway, and its cells become just itself.
     */
    private static void noteSingleNodeInGroup(MemoryState state, int id, String who, Trace trace) {
        NodeMemory node = state.machine.get(id);
        if (node != null && node.numberOfAssignments > 0 && node.cells.size() > 1) {
            trace.add(
                    "memory: note: NUMA ["
                            + id
                            + "] for "
                            + who
                            + " is one node of the cross-NUMA group "
                            + node.sortedCells()
                            + "; the kubelet does not check the group rule for a single node, so "
                            + "node "
                            + id
                            + " leaves its group (its partners keep "
                            + node.sortedCells()
                            + ")");
        }
    }

    /**
     * {@code findBestHint}: preferred beats not preferred, then the narrower mask; first wins ties.
     */
    static TopologyHint best(List<TopologyHint> hints) {
        TopologyHint best = null;
        for (TopologyHint h : hints) {
            if (best == null
                    || (h.preferred() && !best.preferred())
                    || (h.preferred() == best.preferred()
                            && h.affinity().isNarrowerThan(best.affinity()))) {
                best = h;
            }
        }
        return best;
    }

    /**
     * {@code isAffinitySatisfyRequest}: free over the mask covers every resource (re-use not
     * counted).
     */
    static boolean satisfies(MemoryState state, NumaMask mask, Map<String, Long> requested) {
        for (Map.Entry<String, Long> r : requested.entrySet()) {
            long free = 0;
            for (int id : mask.ids()) {
                free += state.free(id, r.getKey());
            }
            if (Long.compareUnsigned(free, r.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code isAffinityViolatingNUMAAllocations} for a multi-node mask; null when fine. */
    private static String groupViolation(MemoryState state, NumaMask mask) {
        for (int id : mask.ids()) {
            NodeMemory node = state.machine.get(id);
            if (node == null || node.numberOfAssignments == 0) {
                continue;
            }
            if (node.cells.size() == 1) {
                return "node " + id + " already holds single-NUMA memory";
            }
            if (!node.sortedCells().equals(mask.ids())) {
                return "node " + id + " belongs to the group " + node.sortedCells();
            }
        }
        return null;
    }
}
