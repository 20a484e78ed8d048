package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.hint.CapacityHintSpace;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.SearchBudget;
import dev.numaadvisor.core.hint.SocketAlignment;
import dev.numaadvisor.core.hint.SumRule;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;

/**
 * The static policy's hints on a machine with too many NUMA nodes to list every mask: the same
 * decision as {@link CpuHintGenerator} per mask, held as a {@link CapacityHintSpace} (hint = holds
 * the NUMA nodes of the re-usable CPUs and enough free CPUs; preferred = minimum width, or
 * socket-aligned with align-by-socket), plus the first hints in the kubelet's order for the
 * contract and the trace.
 */
final class CpuHintRule {
    private CpuHintRule() {}

    static ProviderHints hints(CpuTopologyIndex topo, boolean alignBySocket, HintBounds bounds,
                               int machineNumaNodes, CpuSet available, CpuSet reusable, int request,
                               Trace trace) {
        List<Integer> numas = topo.details().numaNodes();
        long[] machineCpus = new long[NumaMask.MAX_NUMA_ID + 1];
        long[] availableCpus = new long[NumaMask.MAX_NUMA_ID + 1];
        CpuSet free = available.intersection(topo.allCpus());
        for (int numa : numas) {
            CpuSet cpus = topo.details().cpusInNumaNodes(numa);
            machineCpus[numa] = cpus.size();
            availableCpus[numa] = cpus.intersectionSize(free);
        }
        long universe = NumaMask.of(numas).bits();
        long required = 0;
        for (int c : numas.isEmpty() ? new int[0] : reusable.toArray()) {
            required |= 1L << topo.numaOf(c);
        }
        int minAffinity = SumRule.of(machineCpus, request).minWidth(universe);
        minAffinity = minAffinity < 0 ? numas.size() : minAffinity;
        SumRule rule = SumRule.of(availableCpus, Math.max(0, request - reusable.size()));
        CapacityHintSpace space = new CapacityHintSpace(universe, required, rule, minAffinity,
                alignBySocket ? alignment(topo, numas, minAffinity) : null);
        traceSingles(numas, required, availableCpus, reusable.size(), request, trace);
        if (!space.hasHints()) {
            if (trace.enabled()) {
                trace.add("cpu: no NUMA mask has " + CpuWords.cpus(request)
                        + " free -> empty hint list (cannot be satisfied)");
            }
            return ProviderHints.of(Resources.CPU, List.of());
        }
        SearchBudget budget = bounds.budget("listing the CPU hints", machineNumaNodes);
        HintListing.Listing listing = HintListing.describe(space, machineNumaNodes,
                "can hold " + CpuWords.cpus(request), budget);
        List<TopologyHint> listed = listing.hints();
        String summary = listing.summary();
        if (trace.enabled()) {
            traceListed(listed, availableCpus, reusable.size(), request, minAffinity,
                    alignBySocket, trace);
            trace.add("cpu: " + summary);
        }
        return ProviderHints.of(Resources.CPU, listed, new HintRule(space, summary, bounds));
    }

    /** {@code isHintSocketAligned}'s inputs; null when NUMA nodes per socket is 0 (never aligned). */
    private static SocketAlignment alignment(CpuTopologyIndex topo, List<Integer> numas,
                                             int minAffinity) {
        int numaPerSocket = topo.numNumaNodes() / topo.numSockets();
        if (numaPerSocket == 0) {
            return null;
        }
        List<Integer> socketIds = topo.details().sockets();
        long[] socketsById = new long[NumaMask.MAX_NUMA_ID + 1];
        for (int numa : numas) {
            for (int socket : topo.details().socketsInNumaNodes(numa)) {
                socketsById[numa] |= 1L << socketIds.indexOf(socket);
            }
        }
        int minSockets = (minAffinity + numaPerSocket - 1) / numaPerSocket;
        return new SocketAlignment(socketsById, socketIds.size(), minSockets);
    }

    /** The plain generator's line for each single node that holds the re-usable CPUs but too few. */
    private static void traceSingles(List<Integer> numas, long required, long[] availableCpus,
                                     int reusable, int request, Trace trace) {
        if (!trace.enabled()) {
            return;
        }
        for (int numa : numas) {
            long matching = reusable + availableCpus[numa];
            if ((required & ~(1L << numa)) == 0 && matching < request) {
                trace.add("cpu: NUMA " + numa + " alone has only " + CpuWords.cpus((int) matching)
                        + " free, fewer than " + request + " -> no hint for [" + numa + "]");
            }
        }
    }

    private static void traceListed(List<TopologyHint> listed, long[] availableCpus, int reusable,
                                    int request, int minAffinity, boolean alignBySocket,
                                    Trace trace) {
        trace.add("cpu: the narrowest NUMA mask whose CPUs (free or not) could hold "
                + CpuWords.cpus(request) + " has " + minAffinity
                + (minAffinity == 1 ? " node" : " nodes") + ", so hints of that width are preferred"
                + (alignBySocket ? " (align-by-socket: also hints spanning the minimum number of"
                        + " sockets)" : ""));
        for (TopologyHint h : listed) {
            long matching = reusable;
            for (int numa : h.affinity().ids()) {
                matching += availableCpus[numa];
            }
            String who = h.affinity().count() == 1
                    ? "NUMA " + h.affinity().ids().get(0) + " alone has "
                    : "NUMA nodes " + h.affinity() + " together have ";
            trace.add("cpu: " + who + CpuWords.cpus((int) matching) + " free >= " + request + " -> "
                    + (h.preferred() ? "preferred " : "not preferred ") + h.affinity());
        }
    }
}
