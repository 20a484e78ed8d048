package dev.numaadvisor.app;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
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
}
