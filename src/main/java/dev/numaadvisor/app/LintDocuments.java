package dev.numaadvisor.app;

import dev.numaadvisor.adapter.checkpoint.CpuCheckpointReader;
import dev.numaadvisor.adapter.checkpoint.MemoryCheckpointReader;
import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.StateCheckpoint;
import java.util.ArrayList;
import java.util.List;

/** What the inputs held, sorted by kind: configs (with their scalar fields), pods, state, machine. */
final class LintDocuments {
    /** A config and its top-level scalar fields as text. */
    record Config(KubeletConfigDocument document, java.util.Map<String, String> scalars) {
    }

    final List<Config> configs = new ArrayList<>();
    final List<LintPod> pods = new ArrayList<>();
    final List<StateCheckpoint> checkpoints = new ArrayList<>();
    final List<Problem> inputErrors = new ArrayList<>();
    final List<Problem> ignored = new ArrayList<>();
    Machine machine;
    /** The state files as the simulator reads them (null when absent), for its start-up checks. */
    CpuManagerCheckpoint cpuState;
    MemoryManagerCheckpoint memoryState;

    /** Keeps the checkpoint's shape for the rules and its typed form for the start-up checks. */
    void addCheckpoint(StateCheckpoint shape, YNode doc) {
        checkpoints.add(shape);
        // A fresh copy: the typed readers' own complaints are simulate's input errors, not lint's.
        YNode copy = YamlSource.value(shape.position().file(), doc.toJava());
        if (shape.manager() == StateCheckpoint.Manager.CPU) {
            cpuState = CpuCheckpointReader.read(copy);
        } else {
            memoryState = MemoryCheckpointReader.read(copy);
        }
    }
}
