package dev.numaadvisor.adapter.kubelet;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A KubeletConfiguration as read: the typed config, where each field was written (by field
 * path, e.g. {@code cpuManagerPolicyOptions.full-pcpus-only}), fields the kubelet would ignore
 * (unknown, duplicate) and decode errors that would stop the kubelet from starting.
 */
public record KubeletConfigDocument(KubeletConfig config, Map<String, SourcePosition> positions,
                                    List<Problem> ignoredFields, List<Problem> decodeErrors,
                                    SourcePosition documentPosition) {
    public KubeletConfigDocument {
        positions = Map.copyOf(positions);
        ignoredFields = List.copyOf(ignoredFields);
        decodeErrors = List.copyOf(decodeErrors);
    }

    /** Where a field was written, or where the document starts when the field is absent. */
    public SourcePosition positionOf(String fieldPath) {
        return positions.getOrDefault(fieldPath, documentPosition);
    }

    public boolean has(String fieldPath) {
        return positions.containsKey(fieldPath);
    }

    /** The kubelet's start-up message for the first decode error, or null. */
    public String decodeFailureMessage() {
        return decodeErrors.isEmpty() ? null : decodeErrors.get(0).detail();
    }
}
