package dev.numaadvisor.core.fleet;

import java.util.List;
import java.util.Map;

/**
 * One config's result on the pool. {@code admittedCpuMillis} is the CPU the admitted pods asked
 * for (summed over every admission, so with churn it is throughput); {@code capacityLostPercent}
 * compares it with the {@code none} baseline (null when the run has no none config).
 * {@code startError} is set when the kubelet would not start with this config.
 */
public record ConfigOutcome(String name, String topologyManagerPolicy, String scope, boolean numaAwareScheduler,
                            String startError, int pods, int admitted, int rejected, int unschedulable,
                            int kubeletRejections, Map<String, Integer> rejectionsByReason,
                            int topologyAffinityErrors, int admittedCrossNuma, long admittedCpuMillis,
                            long admittedMemoryBytes, List<NumaStranding> stranding, List<ShapeOutcome> shapes,
                            Double capacityLostPercent) {
    public ConfigOutcome {
        rejectionsByReason = Map.copyOf(rejectionsByReason);
        stranding = List.copyOf(stranding);
        shapes = List.copyOf(shapes);
    }

    public String label() {
        return numaAwareScheduler ? name + " + NUMA-aware scheduler" : name;
    }

    public ConfigOutcome withCapacityLost(Double percent) {
        return new ConfigOutcome(name, topologyManagerPolicy, scope, numaAwareScheduler, startError, pods, admitted,
                rejected, unschedulable, kubeletRejections, rejectionsByReason, topologyAffinityErrors,
                admittedCrossNuma, admittedCpuMillis, admittedMemoryBytes, stranding, shapes, percent);
    }

    public long strandedCpus() {
        return stranding.stream().mapToLong(NumaStranding::strandedCpus).sum();
    }

    public long strandedMemoryBytes() {
        return stranding.stream().mapToLong(NumaStranding::strandedMemoryBytes).sum();
    }
}
