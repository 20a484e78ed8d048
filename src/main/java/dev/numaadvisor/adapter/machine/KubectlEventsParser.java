package dev.numaadvisor.adapter.machine;

import java.util.List;
import java.util.Map;

/**
 * Reads {@code kubectl get events} (any column set that has TYPE, REASON, OBJECT and MESSAGE,
 * e.g. with {@code -A} or {@code -o wide}): warnings about pods whose reason is a kubelet
 * admission reason become admission events.
 */
public final class KubectlEventsParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_EVENTS);
        List<String> lines = source.lines();
        KubectlTable table = null;
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (table == null) {
                table = new KubectlTable(line);
                if (!table.has("REASON") || !table.has("OBJECT") || !table.has("MESSAGE")) {
                    throw InputErrors.badLine(source, i + 1, line, "expected the kubectl get events header"
                            + " (LAST SEEN  TYPE  REASON  OBJECT  MESSAGE)", "paste kubectl get events unchanged");
                }
                continue;
            }
            Map<String, String> row = table.row(line);
            String object = row.getOrDefault("OBJECT", "");
            boolean pod = object.startsWith("pod/");
            if (pod && !"Normal".equals(row.get("TYPE")) && AdmissionReasons.isAdmission(row.get("REASON"))) {
                b.event(new AdmissionEvent(object.substring(4), row.get("REASON"), row.get("MESSAGE"),
                        source.fileName(), i + 1));
            } else {
                skipped++;
            }
        }
        if (table == null) {
            throw InputErrors.missing(source, 1, "an empty events table", "paste kubectl get events");
        }
        if (skipped > 0) {
            b.assume(skipped + " event(s) that are not pod admission rejections were skipped");
        }
        return b.build();
    }
}
