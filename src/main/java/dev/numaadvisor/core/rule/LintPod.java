package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.Map;

/**
 * A pod to lint, with where it came from ({@code Deployment/web}) and field positions by path
 * ({@code containers[app].resources.requests.cpu}); missing paths fall back to the pod's position.
 */
public record LintPod(Pod pod, String origin, SourcePosition position, Map<String, SourcePosition> positions) {
    public LintPod {
        positions = Map.copyOf(positions);
    }

    /** Position of a container's field ({@code .resources.requests.cpu}), else the container's, else the pod's. */
    public SourcePosition containerPosition(dev.numaadvisor.core.pod.Container c, String suffix) {
        String base = (pod.isInit(c) ? "initContainers" : "containers") + "[" + c.name() + "]";
        return positions.getOrDefault(base + suffix, positions.getOrDefault(base, position));
    }

    public SourcePosition positionOf(String path) {
        return positions.getOrDefault(path, position);
    }
}
