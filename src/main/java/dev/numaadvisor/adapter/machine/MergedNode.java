package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Device;
import java.util.List;
import java.util.Map;

/**
 * One node merged from several sources, ready to be written as a scenario. {@code cpus} are
 * complete (uncoreCache may be null: unknown); a NUMA node's {@code memoryBytes} is null when no
 * source gave it. Pods are manifests: {@code runningPods} go to the node state, {@code replayPods}
 * (rejected ones) to the scenario's pods. The report lists where each fact came from, what was
 * assumed and every contradiction.
 */
public record MergedNode(List<CpuFact> cpus,
                         Map<Integer, MergedNuma> numaNodes,
                         Map<Integer, Map<Integer, Integer>> distances,
                         List<Device> devices,
                         RawDocument kubeletConfig,
                         RawDocument cpuManagerCheckpoint,
                         RawDocument memoryManagerCheckpoint,
                         List<Map<String, Object>> runningPods,
                         List<Map<String, Object>> replayPods,
                         List<AdmissionEvent> events,
                         String kubernetesVersion,
                         MergeReport report) {
    /** A merged NUMA node: memory in bytes (null = unknown) and hugepages bytes per resource. */
    public record MergedNuma(int id, Long memoryBytes, Map<String, Long> hugepagesBytes) {
        public MergedNuma {
            hugepagesBytes = Sorted.copy(hugepagesBytes);
        }
    }

    public MergedNode {
        cpus = List.copyOf(cpus);
        numaNodes = Sorted.copy(numaNodes);
        distances = Sorted.copy(distances);
        devices = List.copyOf(devices);
        runningPods = List.copyOf(runningPods);
        replayPods = List.copyOf(replayPods);
        events = List.copyOf(events);
    }
}
