package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one simulation needs: the machine, the kubelet config (or the decode error that
 * stops the kubelet), restored checkpoints (nullable), pods already running, pods to admit in
 * order, lifecycle events, and the extended resources the node advertises beyond its devices
 * (counts by name, empty when none).
 */
public record SimulationInput(Machine machine, KubeletConfig config, String configDecodeError,
                              KubeVersion version, Harness harness, CpuManagerCheckpoint cpuCheckpoint,
                              MemoryManagerCheckpoint memoryCheckpoint, List<Pod> runningPods,
                              List<Pod> pods, List<Event> events, Map<String, Long> extendedResources) {
    public SimulationInput {
        runningPods = List.copyOf(runningPods);
        pods = List.copyOf(pods);
        events = List.copyOf(events);
        extendedResources = Collections.unmodifiableMap(new TreeMap<>(extendedResources));
    }

    /** Without extended resources beyond the machine's devices. */
    public SimulationInput(Machine machine, KubeletConfig config, String configDecodeError, KubeVersion version,
                           Harness harness, CpuManagerCheckpoint cpuCheckpoint,
                           MemoryManagerCheckpoint memoryCheckpoint, List<Pod> runningPods, List<Pod> pods,
                           List<Event> events) {
        this(machine, config, configDecodeError, version, harness, cpuCheckpoint, memoryCheckpoint, runningPods,
                pods, events, Map.of());
    }

    public SimulationInput withConfig(KubeletConfig newConfig) {
        return new SimulationInput(machine, newConfig, configDecodeError, version, harness, cpuCheckpoint,
                memoryCheckpoint, runningPods, pods, events, extendedResources);
    }

    public SimulationInput withPods(List<Pod> newPods) {
        return new SimulationInput(machine, config, configDecodeError, version, harness, cpuCheckpoint,
                memoryCheckpoint, runningPods, newPods, events, extendedResources);
    }
}
