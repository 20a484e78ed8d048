package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;

/**
 * Everything one simulation needs: the machine, the kubelet config (or the decode error that
 * stops the kubelet), restored checkpoints (nullable), pods already running, pods to admit in
 * order, and lifecycle events.
 */
public record SimulationInput(Machine machine, KubeletConfig config, String configDecodeError,
                              KubeVersion version, Harness harness, CpuManagerCheckpoint cpuCheckpoint,
                              MemoryManagerCheckpoint memoryCheckpoint, List<Pod> runningPods,
                              List<Pod> pods, List<Event> events) {
    public SimulationInput {
        runningPods = List.copyOf(runningPods);
        pods = List.copyOf(pods);
        events = List.copyOf(events);
    }

    public SimulationInput withConfig(KubeletConfig newConfig) {
        return new SimulationInput(machine, newConfig, configDecodeError, version, harness, cpuCheckpoint,
                memoryCheckpoint, runningPods, pods, events);
    }

    public SimulationInput withPods(List<Pod> newPods) {
        return new SimulationInput(machine, config, configDecodeError, version, harness, cpuCheckpoint,
                memoryCheckpoint, runningPods, newPods, events);
    }
}
