package dev.numaadvisor.adapter.pod;

import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.Map;

/**
 * A pod read from a manifest (a Pod or a workload's pod template), with where it came from
 * ({@code Deployment/web}) and the position of each container and resource field by path
 * ({@code containers[app].resources.requests.cpu}).
 */
public record PodDocument(Pod pod, String origin, SourcePosition position,
                          Map<String, SourcePosition> positions) {
    public PodDocument {
        positions = Map.copyOf(positions);
    }

    public SourcePosition positionOf(String path) {
        return positions.getOrDefault(path, position);
    }
}
