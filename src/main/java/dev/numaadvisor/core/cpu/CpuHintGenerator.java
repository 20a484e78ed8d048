package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.trace.Trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The static policy's {@code generateCPUTopologyHints}: one hint per NUMA mask that can hold the
 * request, preferred when the mask is as narrow as the narrowest mask whose CPUs (free or not)
 * could hold it (with {@code align-by-socket}: also when it spans the minimum number of sockets).
 * Machines with more NUMA nodes than {@link HintBounds#plainMaxNumaNodes()} get the same decision
 * as a rule with the first hints listed ({@link CpuHintRule}) instead of all 2^n - 1 masks.
 */
final class CpuHintGenerator {
    /**
     * Hint lines written to the trace before the rest is summarised (8 NUMA nodes give 255 masks).
     */
    private static final int TRACE_HINT_LINES = 16;

    private final CpuTopologyIndex topo;
    private final boolean alignBySocket;
    private final HintBounds bounds;
    private final int machineNumaNodes;

    CpuHintGenerator(CpuTopologyIndex topo, boolean alignBySocket, HintBounds bounds,
                     int machineNumaNodes) {
        this.topo = topo;
        this.alignBySocket = alignBySocket;
        this.bounds = bounds;
        this.machineNumaNodes = machineNumaNodes;
    }

    /** The CPU resource's hints: every one listed, or the first ones and the rule for the rest. */
    ProviderHints hints(CpuSet available, CpuSet reusable, int request, Trace trace) {
        if (bounds.listsAll(machineNumaNodes)) {
            return ProviderHints.of(Resources.CPU, generate(available, reusable, request, trace));
        }
        return CpuHintRule.hints(topo, alignBySocket, bounds, machineNumaNodes, available, reusable,
                request, trace);
    }

    /*
     * For every non-empty mask of the NUMA nodes that have CPUs, by size then lexicographically:
     *   - minAffinitySize drops to the mask size when the mask's CPUs *on the machine* (free or
     *     not) could hold the request;
     *   - a mask that misses any reusable CPU is skipped;
     *   - count = reusable CPUs + available CPUs in the mask; fewer than requested -> skipped;
     *   - otherwise the mask becomes a (not yet preferred) hint.
     * Then: preferred iff size == minAffinitySize, or (align-by-socket) socket-aligned.
     */
    List<TopologyHint> generate(CpuSet available, CpuSet reusable, int request, Trace trace) {
        List<Integer> numas = topo.details().numaNodes();
        // NUMA nodes are disjoint, so a mask's CPUs (all, or free) are the sum over its nodes:
        // counted once per node here instead of building a CPU set per mask (255 masks at 8 nodes).
        // Indexed by NUMA id, so as long as the highest one (the list is ascending).
        int ids = numas.isEmpty() ? 0 : numas.get(numas.size() - 1) + 1;
        int[] machineCpus = new int[ids];
        int[] availableCpus = new int[ids];
        CpuSet free = available.intersection(topo.allCpus());
        for (int numa : numas) {
            CpuSet cpus = topo.details().cpusInNumaNodes(numa);
            machineCpus[numa] = cpus.size();
            availableCpus[numa] = cpus.intersectionSize(free);
        }
        NumaMask reusableNumas = NumaMask.EMPTY;
        for (int c : numas.isEmpty() ? new int[0] : reusable.toArray()) {
            reusableNumas = reusableNumas.with(topo.numaOf(c));
        }
        NumaMask reusableMask = reusableNumas;
        int[] minAffinity = {numas.size()};
        List<NumaMask> masks = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        dev.numaadvisor.core.hint.NumaSubsets.forEach(
                numas,
                mask -> {
                    if (sum(machineCpus, mask) >= request && mask.count() < minAffinity[0]) {
                        minAffinity[0] = mask.count();
                    }
                    if (!reusableMask.isSubsetOf(mask)) {
                        return;
                    }
                    int matching = reusable.size() + sum(availableCpus, mask);
                    if (matching < request) {
                        if (mask.count() == 1 && trace.enabled()) {
                            trace.add(
                                    "cpu: NUMA "
                                            + mask.ids().get(0)
                                            + " alone has only "
                                            + CpuWords.cpus(matching)
                                            + " free, fewer than "
                                            + request
                                            + " -> no hint for "
                                            + mask);
                        }
                        return;
                    }
                    masks.add(mask);
                    counts.add(matching);
                });
        List<TopologyHint> hints = new ArrayList<>();
        for (NumaMask m : masks) {
            boolean preferred =
                    (alignBySocket && isSocketAligned(m, minAffinity[0]))
                            || m.count() == minAffinity[0];
            hints.add(new TopologyHint(m, preferred));
        }
        explain(hints, counts, request, minAffinity[0], trace);
        return hints;
    }

    private static int sum(int[] perNuma, NumaMask mask) {
        int total = 0;
        for (long b = mask.bits(); b != 0; b &= b - 1) {
            total += perNuma[Long.numberOfTrailingZeros(b)];
        }
        return total;
    }

    /**
     * {@code isHintSocketAligned}: numaPerSocket = NUMA nodes / sockets (0 -> never); minSockets =
     * ceil(minAffinitySize / numaPerSocket); aligned iff the mask spans exactly minSockets sockets.
     */
    private boolean isSocketAligned(NumaMask mask, int minAffinitySize) {
        int numaPerSocket = topo.numNumaNodes() / topo.numSockets();
        if (numaPerSocket == 0) {
            return false;
        }
        int minSockets = (minAffinitySize + numaPerSocket - 1) / numaPerSocket;
        return topo.details().socketsInNumaNodes(mask.toArray()).size() == minSockets;
    }

    private void explain(
            List<TopologyHint> hints,
            List<Integer> counts,
            int request,
            int minAffinity,
            Trace trace) {
        if (!trace.enabled()) {
            return;
        }
        trace.add(
                "cpu: the narrowest NUMA mask whose CPUs (free or not) could hold "
                        + CpuWords.cpus(request)
                        + " has "
                        + minAffinity
                        + (minAffinity == 1 ? " node" : " nodes")
                        + ", so hints of that width are preferred"
                        + (alignBySocket
                                ? " (align-by-socket: also"
                                        + " hints spanning the minimum number of sockets)"
                                : ""));
        for (int i = 0; i < hints.size() && i < TRACE_HINT_LINES; i++) {
            TopologyHint h = hints.get(i);
            String who =
                    h.affinity().count() == 1
                            ? "NUMA " + h.affinity().ids().get(0) + " alone has "
                            : "NUMA nodes " + h.affinity() + " together have ";
            trace.add(
                    "cpu: "
                            + who
                            + CpuWords.cpus(counts.get(i))
                            + " free >= "
                            + request
                            + " -> "
                            + (h.preferred() ? "preferred " : "not preferred ")
                            + h.affinity());
        }
        if (hints.size() > TRACE_HINT_LINES) {
            trace.add("cpu: ... and " + (hints.size() - TRACE_HINT_LINES) + " more hints");
        }
        if (hints.isEmpty()) {
            trace.add(
                    "cpu: no NUMA mask has "
                            + CpuWords.cpus(request)
                            + " free -> empty hint list (cannot be satisfied)");
        }
    }
}
