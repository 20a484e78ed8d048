package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.trace.TraceStep;
import java.util.List;

/**
 * The outcome of a simulation. When the kubelet would not start, {@code startError} is set (its
 * message and rule id), {@code pods} is empty and the checkpoints and {@code allocatable} are null.
 * The decisions are typed in {@code pods}; {@code steps} is the trace, each step tagged with the
 * pod and container it concerns (empty when the trace was off).
 */
public record SimulationResult(int numaNodes, int sockets, int cpus, CpuSet reservedCpus,
                               NodeAllocatable allocatable,
                               List<NodeFinding> findings, KubeletStartError startError,
                               List<PodResult> pods, CpuManagerCheckpoint cpuCheckpoint,
                               MemoryManagerCheckpoint memoryCheckpoint, List<TraceStep> steps) {
    public SimulationResult {
        findings = List.copyOf(findings);
        pods = List.copyOf(pods);
        steps = List.copyOf(steps);
    }

    public PodResult pod(String name) {
        for (PodResult p : pods) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The trace as lines, in order. */
    public List<String> trace() {
        return steps.stream().map(TraceStep::text).toList();
    }

    /** The trace steps that concern the pod named {@code name} (tagged by the engine, not searched). */
    public List<TraceStep> stepsAbout(String name) {
        return steps.stream().filter(s -> s.about(name)).toList();
    }
}
