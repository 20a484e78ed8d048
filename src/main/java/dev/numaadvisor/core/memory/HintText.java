package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.trace.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Plain-English trace lines for the Static policy's hints and allocations. */
final class HintText {
    private HintText() {}

    /** Hints named one by one in a trace line; 8 NUMA nodes give up to 255 and 16 up to 65,535. */
    private static final int LISTED = 16;

    /** {@code [2] preferred, [2,3] not preferred}, then how many more, counted by preference. */
    static String list(List<TopologyHint> hints) {
        List<String> parts = new ArrayList<>();
        int morePreferred = 0;
        for (TopologyHint h : hints) {
            if (parts.size() < LISTED) {
                parts.add(h.affinity() + (h.preferred() ? " preferred" : " not preferred"));
            } else if (h.preferred()) {
                morePreferred++;
            }
        }
        int more = hints.size() - parts.size();
        if (more > 0) {
            parts.add("… and " + more + " more (" + morePreferred + " preferred)");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** One list when every resource has the same hints (the usual case), else per resource. */
    static String of(Map<String, List<TopologyHint>> hints) {
        if (new java.util.HashSet<>(hints.values()).size() <= 1 && !hints.isEmpty()) {
            return list(hints.values().iterator().next())
                    + " for "
                    + String.join(" and ", hints.keySet());
        }
        List<String> parts = new ArrayList<>();
        hints.forEach((r, l) -> parts.add(r + ": " + list(l)));
        return String.join("; ", parts);
    }

    static void traceCalculation(
            Trace trace,
            String who,
            Map<String, Long> requested,
            HintCalculator.Result result,
            String reusable) {
        if (!trace.enabled()) {
            return;
        }
        StringBuilder sb =
                new StringBuilder("memory: ")
                        .append(who)
                        .append(" needs ")
                        .append(MemoryRequests.describe(requested));
        if (!reusable.isEmpty()) {
            sb.append(" (its pod's init containers left ").append(reusable).append(" to re-use)");
        }
        trace.add(sb.toString());
        // With a rule (many NUMA nodes) only the single nodes were walked for these reasons.
        String dropped = result.space() != null ? "single NUMA nodes dropped, " : "NUMA masks dropped, ";
        for (String reason : result.reasons()) {
            trace.add("memory: " + dropped + reason);
        }
        if (result.hints().isEmpty()) {
            trace.add(
                    "memory: no set of NUMA nodes can hold "
                            + who
                            + " now, so the Memory Manager returns no hints; the Topology Manager"
                            + " reads that as \"no preference\", and the allocation will fail"
                            + " instead (UnexpectedAdmissionError)");
            return;
        }
        trace.add(
                "memory: hints "
                        + of(result.hints())
                        + "; preferred = "
                        + result.minAffinitySize()
                        + " NUMA node"
                        + (result.minAffinitySize() == 1 ? "" : "s")
                        + ", the fewest whose allocatable memory could hold the request at all");
        if (result.summary() != null) {
            trace.add("memory: " + result.summary());
        }
    }

    static void traceAllocation(
            Trace trace,
            String who,
            Map<String, Long> requested,
            TopologyHint chosen,
            MemoryState state,
            String reused) {
        if (!trace.enabled()) {
            return;
        }
        StringBuilder sb =
                new StringBuilder("memory: ")
                        .append(who)
                        .append(" gets ")
                        .append(MemoryRequests.describe(requested))
                        .append(" on NUMA ")
                        .append(chosen.affinity());
        if (!reused.isEmpty()) {
            sb.append(", re-using ").append(reused).append(" left by its pod's init containers");
        }
        sb.append(
                chosen.affinity().count() > 1
                        ? " (filled lowest node first); free now:"
                        : "; free now:");
        TreeSet<String> types = new TreeSet<>(MemoryRequests.MEMORY_FIRST);
        types.addAll(requested.keySet());
        for (int id : chosen.affinity().ids()) {
            NodeMemory node = state.machine.get(id);
            if (node == null) {
                continue;
            }
            sb.append(" node ").append(id);
            for (String r : types) {
                MemoryCounters c = node.memoryMap.get(r);
                if (c != null) {
                    sb.append(' ').append(r).append(' ').append(KubeQuantityText.bytes(c.free));
                }
            }
            sb.append(';');
        }
        trace.add(sb.substring(0, sb.length() - (sb.charAt(sb.length() - 1) == ';' ? 1 : 0)));
    }

    /** {@code memory 1Gi on [0,1], hugepages-1Gi 1Gi on [0,1]}. */
    static String blocks(List<MemoryBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (MemoryBlock b : blocks) {
            parts.add(
                    b.type() + " " + KubeQuantityText.bytes(b.size()) + " on " + b.numaAffinity());
        }
        return parts.isEmpty() ? "no blocks" : String.join(", ", parts);
    }
}
