package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hint merge as a result: the inputs as given (providers in their order, a null list = nil),
 * then either the policy's {@link MergeResult} or, when the kubelet would not start, the
 * {@link StartFailure}; exactly one of the two is non-null. The trace explains either.
 */
public record MergeReport(String policy, NumaMask numaNodes, Map<String, List<TopologyHint>> providers,
                          MergeResult result, StartFailure startFailure, List<String> trace) {

    /** The kubelet refuses to start: its message and the rule id from the catalogue. */
    public record StartFailure(String message, String rule) {
    }

    public MergeReport {
        if ((result == null) == (startFailure == null)) {
            throw new IllegalArgumentException("a merge report has a result or a start failure, not both");
        }
        Map<String, List<TopologyHint>> copy = new LinkedHashMap<>();
        providers.forEach((k, v) -> copy.put(k, v == null ? null : List.copyOf(v)));
        providers = Collections.unmodifiableMap(copy);
        trace = List.copyOf(new ArrayList<>(trace));
    }
}
