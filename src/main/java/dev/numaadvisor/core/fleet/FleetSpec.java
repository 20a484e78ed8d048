package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.config.KubeVersion;
import java.util.List;

/**
 * A fleet run: the node pool, the workload mix, the configs to compare and the scheduler model.
 * {@code steps} is 0 for a one-shot fill (every template's count at once); with churn it is the
 * number of time steps. {@code fragmentationPercent} pre-fills each node with small pods and then
 * frees a random half of them, leaving holes. A pod the kubelet rejects is re-created by its
 * controller and placed again at the next step, at most {@code retryLimit} times.
 * {@code percentageOfNodesToScore} is kube-scheduler's setting of that name (0: its adaptive default).
 */
public record FleetSpec(String name, List<NodeShape> shapes, List<PodTemplate> templates, List<FleetConfig> configs,
                        Scoring scoring, boolean numaAwareScheduler, int percentageOfNodesToScore, int steps,
                        int fragmentationPercent,
                        int retryLimit, long seed, KubeVersion version) {
    public FleetSpec {
        shapes = List.copyOf(shapes);
        templates = List.copyOf(templates);
        configs = List.copyOf(configs);
        if (percentageOfNodesToScore < 0) {
            throw new IllegalArgumentException("percentageOfNodesToScore must be 0 or more: "
                    + percentageOfNodesToScore);
        }
        if (fragmentationPercent < 0 || fragmentationPercent > 90) {
            throw new IllegalArgumentException("fragmentation must be 0-90 percent: " + fragmentationPercent);
        }
    }

    public boolean churn() {
        return steps > 0;
    }

    public int nodeCount() {
        return shapes.stream().mapToInt(NodeShape::count).sum();
    }
}
