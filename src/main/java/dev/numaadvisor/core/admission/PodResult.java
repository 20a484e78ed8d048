package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.pod.QosClass;
import java.util.List;
import java.util.Map;

/**
 * The admission outcome of one pod. {@code reason}/{@code message} are the kubelet's on
 * rejection (or numa-advisor's {@code NotSimulated}) and {@code stage} says which step decided it
 * (null when admitted); {@code fit} is the resource fit (null when the pod never reached it); {@code podHints}/{@code podHint} are set under pod scope only, and
 * {@code podHintsTruncated} then says which pod hint lists hold only their first hints.
 */
public record PodResult(String name, String uid, QosClass qosClass, boolean admitted, String reason,
                        String message, Stage stage, FitCheck fit, List<ContainerResult> containers,
                        Map<String, List<TopologyHint>> podHints, TopologyHint podHint,
                        Map<String, String> podHintsTruncated) {
    public PodResult {
        podHintsTruncated = podHintsTruncated == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(podHintsTruncated));
    }

    public Verdict verdict() {
        if (admitted) {
            return Verdict.ADMITTED;
        }
        return stage == Stage.SEARCH_LIMIT ? Verdict.NOT_SIMULATED : Verdict.REJECTED;
    }

    /** What the pod status shows: the kubelet's {@code rejectPod} prefix. */
    public String statusMessage() {
        return message == null ? null : "Pod was rejected: " + message;
    }
}
