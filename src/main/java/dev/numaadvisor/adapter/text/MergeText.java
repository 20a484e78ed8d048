package dev.numaadvisor.adapter.text;

import dev.numaadvisor.adapter.scenario.HintMergeDocument;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.topology.MergeReport;
import java.util.List;
import java.util.Map;

/** The {@code merge} result as a short report for people: inputs, merged hint, admission, trace. */
public final class MergeText {
    private MergeText() {
    }

    public static String render(HintMergeDocument document, MergeReport report) {
        StringBuilder sb = new StringBuilder();
        if (document.name() != null) {
            sb.append(document.name()).append('\n');
        }
        sb.append("policy: ").append(report.policy());
        if (!document.policyOptions().isEmpty()) {
            sb.append(' ').append(document.policyOptions());
        }
        sb.append("  NUMA nodes: ").append(report.numaNodes()).append('\n');
        sb.append("providers:\n");
        if (report.providers().isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Map.Entry<String, List<TopologyHint>> entry : report.providers().entrySet()) {
            sb.append("  ").append(entry.getKey()).append(": ").append(hints(entry.getValue())).append('\n');
        }
        if (report.startFailure() != null) {
            sb.append("kubelet start-up error: ").append(report.startFailure().message())
                    .append(" (").append(report.startFailure().rule()).append(")\n");
        } else {
            sb.append("merged hint: ").append(report.result().hint()).append('\n');
            sb.append("admit: ").append(report.result().admit() ? "yes" : "no (TopologyAffinityError)").append('\n');
        }
        sb.append("trace:\n");
        for (String step : report.trace()) {
            sb.append("  - ").append(step).append('\n');
        }
        return sb.toString();
    }

    private static String hints(List<TopologyHint> hints) {
        if (hints == null) {
            return "nil (no NUMA preference)";
        }
        if (hints.isEmpty()) {
            return "[] (cannot be satisfied)";
        }
        StringBuilder sb = new StringBuilder();
        for (TopologyHint hint : hints) {
            sb.append(sb.length() == 0 ? "" : ", ").append(hint);
        }
        return sb.toString();
    }
}
