package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.pod.QosClass;
import java.util.List;
import java.util.Map;

/**
 * The admission outcome of one pod. {@code reason}/{@code message} are the kubelet's on
 * rejection; {@code podHints}/{@code podHint} are set under pod scope only.
 */
public record PodResult(String name, String uid, QosClass qosClass, boolean admitted, String reason,
                        String message, List<ContainerResult> containers,
                        Map<String, List<TopologyHint>> podHints, TopologyHint podHint) {
    /** What the pod status shows: the kubelet's {@code rejectPod} prefix. */
    public String statusMessage() {
        return message == null ? null : "Pod was rejected: " + message;
    }
}
