package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.NumaShortfall;

/** One container of diagnosePod's answer, from the simulator's typed fields. */
final class DiagnosisJson {
    private DiagnosisJson() {
    }

    static void container(ObjectNode o, ContainerResult c) {
        o.put("name", c.name()).put("exclusiveCpus", c.exclusiveCpus())
                .put("cpus", c.cpus() == null ? null : c.cpus().toString());
        if (c.mergedHint() != null && c.mergedHint().affinity() != null) {
            o.put("mergedHint", c.mergedHint().affinity().toString()).put("preferred", c.mergedHint().preferred());
        }
        if (c.mergeWhy() != null) {
            o.put("mergeOutcome", c.mergeWhy().outcome().name());
            if (c.mergeWhy().reason() != null) {
                o.put("wonBy", c.mergeWhy().reason().name());
            }
        }
        if (!c.shortfalls().isEmpty()) {
            ArrayNode lacking = o.putArray("numaShortfalls");
            for (NumaShortfall s : c.shortfalls()) {
                lacking.addObject().put("numaNode", s.numaNode()).put("resource", s.resource());
            }
        }
    }
}
