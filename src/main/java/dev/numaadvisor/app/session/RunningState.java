package dev.numaadvisor.app.session;

import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What already runs on the node: pasted checkpoints (null when none), the pods they belong to,
 * and {@code busyCpus}, NUMA node → logical CPUs already held exclusively by running pods, which
 * becomes a cpu_manager_state at simulation time. busyCpus and a pasted cpu_manager_state both
 * say which CPUs are taken, so they never come together.
 */
public record RunningState(PastedCheckpoint<CpuManagerCheckpoint> cpuCheckpoint,
                           PastedCheckpoint<MemoryManagerCheckpoint> memoryCheckpoint,
                           List<ScenarioPod> runningPods, SortedMap<Integer, Integer> busyCpus) {
    public static final RunningState EMPTY = new RunningState(null, null, List.of(), new TreeMap<>());

    public RunningState {
        runningPods = List.copyOf(runningPods);
        TreeMap<Integer, Integer> busy = new TreeMap<>();
        busyCpus.forEach((numa, count) -> {
            if (numa < 0 || numa > NumaMask.MAX_NUMA_ID) {
                throw new IllegalArgumentException("busy CPUs: NUMA node " + numa + " outside 0-63");
            }
            if (count < 0) {
                throw new IllegalArgumentException("busy CPUs on NUMA node " + numa + ": " + count
                        + " must not be negative");
            }
            if (count > 0) {
                busy.put(numa, count);
            }
        });
        busyCpus = Collections.unmodifiableSortedMap(busy);
        if (!busyCpus.isEmpty() && cpuCheckpoint != null) {
            throw new IllegalArgumentException("busy CPUs and a pasted cpu_manager_state both say which CPUs running"
                    + " pods hold: keep one (/reset drops the checkpoint; busy=NUMA:0 drops busy CPUs)");
        }
    }

    public RunningState withCpuCheckpoint(PastedCheckpoint<CpuManagerCheckpoint> checkpoint) {
        return new RunningState(checkpoint, memoryCheckpoint, runningPods, busyCpus);
    }

    public RunningState withMemoryCheckpoint(PastedCheckpoint<MemoryManagerCheckpoint> checkpoint) {
        return new RunningState(cpuCheckpoint, checkpoint, runningPods, busyCpus);
    }

    public RunningState withRunningPods(List<ScenarioPod> pods) {
        return new RunningState(cpuCheckpoint, memoryCheckpoint, pods, busyCpus);
    }

    /** {@code count} CPUs busy on {@code numaNode} (0 clears the node). */
    public RunningState withBusyCpus(int numaNode, int count) {
        TreeMap<Integer, Integer> busy = new TreeMap<>(busyCpus);
        busy.put(numaNode, count);
        return new RunningState(cpuCheckpoint, memoryCheckpoint, runningPods, busy);
    }
}
