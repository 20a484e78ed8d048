package dev.numaadvisor.adapter.machine;

import java.util.List;
import java.util.Map;

/**
 * Reads {@code kubectl describe pod}: the pod's {@code Name:}, {@code Status:}, {@code Reason:}
 * and {@code Message:} lines and its {@code Events:} table (Type, Reason, Age, From, Message);
 * warnings whose reason is a kubelet admission reason become admission events.
 */
public final class KubectlDescribePodParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_DESCRIBE_POD);
        List<String> lines = source.lines();
        String pod = null;
        String reason = null;
        String message = null;
        int statusLine = 0;
        KubectlTable events = null;
        boolean inEvents = false;
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("----")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                events = null;
                inEvents = false;
                pod = t.startsWith("Name:") ? t.substring(5).trim() : pod;
                if (t.startsWith("Reason:")) {
                    reason = t.substring(7).trim();
                    statusLine = i + 1;
                }
                message = t.startsWith("Message:") ? t.substring(8).trim() : message;
                inEvents = t.startsWith("Events:") && !t.contains("<none>");
                continue;
            }
            if (inEvents && events == null) {
                events = new KubectlTable(line);
                if (!events.has("Type") || !events.has("Reason")) {
                    throw InputErrors.badLine(source, i + 1, line, "expected the Events header"
                            + " \"Type  Reason  Age  From  Message\"", "paste kubectl describe pod unchanged");
                }
            } else if (events != null) {
                Map<String, String> row = events.row(line);
                if ("Warning".equals(row.get("Type")) && AdmissionReasons.isAdmission(row.get("Reason"))) {
                    b.event(new AdmissionEvent(pod, row.get("Reason"), row.get("Message"), source.fileName(), i + 1));
                } else {
                    skipped++;
                }
            }
        }
        if (reason != null && AdmissionReasons.isAdmission(reason) && b.build().events().isEmpty()) {
            b.event(new AdmissionEvent(pod, reason, message, source.fileName(), statusLine));
        }
        if (skipped > 0) {
            b.assume(skipped + " event(s) that are not admission rejections were skipped");
        }
        return b.build();
    }
}
