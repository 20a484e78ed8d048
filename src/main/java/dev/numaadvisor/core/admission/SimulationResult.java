package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.CpuSet;
import java.util.List;

/**
 * The outcome of a simulation. When the kubelet would not start, {@code startError} is set,
 * {@code pods} is empty and the checkpoints and {@code allocatable} are null.
 */
public record SimulationResult(int numaNodes, int sockets, int cpus, CpuSet reservedCpus,
                               NodeAllocatable allocatable,
                               List<NodeFinding> findings, KubeletStartError startError,
                               List<PodResult> pods, CpuManagerCheckpoint cpuCheckpoint,
                               MemoryManagerCheckpoint memoryCheckpoint, List<String> trace) {
    public SimulationResult {
        findings = List.copyOf(findings);
        pods = List.copyOf(pods);
        trace = List.copyOf(trace);
    }

    public PodResult pod(String name) {
        for (PodResult p : pods) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
