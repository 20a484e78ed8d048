package dev.numaadvisor.adapter.machine;

import java.util.List;
import java.util.Map;

/**
 * Reads the {@code kubectl get pods} table: a pod whose STATUS is a kubelet admission reason
 * (the pod's {@code status.reason}) was rejected; the table holds no message.
 */
public final class KubectlGetPodsParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_GET_PODS);
        List<String> lines = source.lines();
        KubectlTable table = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (table == null) {
                table = new KubectlTable(line);
                if (!table.has("NAME") || !table.has("STATUS")) {
                    throw InputErrors.badLine(source, i + 1, line, "expected the kubectl get pods header"
                            + " (NAME  READY  STATUS  RESTARTS  AGE)", "paste kubectl get pods unchanged");
                }
                continue;
            }
            Map<String, String> row = table.row(line);
            if (AdmissionReasons.isAdmission(row.get("STATUS"))) {
                b.event(new AdmissionEvent(row.get("NAME"), row.get("STATUS"), null, source.fileName(), i + 1));
            }
        }
        if (table == null) {
            throw InputErrors.missing(source, 1, "an empty pod table", "paste kubectl get pods");
        }
        return b.build();
    }
}
