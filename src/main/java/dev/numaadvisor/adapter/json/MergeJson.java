package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.topology.MergeReport;

/**
 * The {@code merge} result as JSON: {@code {"mergedHint": {...}, "admit": true, "trace": [...]}},
 * or {@code {"kubeletStartError": {"message", "rule"}, "trace": [...]}} when the kubelet would
 * not start with that policy, options and machine.
 */
public final class MergeJson {
    private MergeJson() {
    }

    public static ObjectNode render(MergeReport report) {
        ObjectNode root = Json.object();
        if (report.startFailure() != null) {
            ObjectNode error = root.putObject("kubeletStartError");
            error.put("message", report.startFailure().message());
            error.put("rule", report.startFailure().rule());
        } else {
            root.set("mergedHint", Json.hint(report.result().hint()));
            root.put("admit", report.result().admit());
        }
        ArrayNode trace = root.putArray("trace");
        report.trace().forEach(trace::add);
        return root;
    }
}
