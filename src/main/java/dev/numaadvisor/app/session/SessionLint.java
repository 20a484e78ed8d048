package dev.numaadvisor.app.session;

import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.LintSubject;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.SourcePosition;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.scenario.NodeMachine;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /lint} on the session: its config, pods and pasted checkpoints through app.Lint as
 * records, with the session's node as the machine. Findings name {@code session-config} and
 * {@code session-pod-NAME}; there are no line numbers, as there is no file behind them.
 */
public final class SessionLint {
    private SessionLint() {
    }

    public static LintResult run(Session session) {
        List<LintPod> pods = new ArrayList<>();
        for (ScenarioPod p : session.pods()) {
            pods.add(new LintPod(p.toPod(), "Pod/" + p.name(), new SourcePosition("session-pod-" + p.name(), 0, 0),
                    Map.of()));
        }
        List<Map<String, Object>> checkpoints = new ArrayList<>();
        RunningState state = session.state();
        if (state.cpuCheckpoint() != null) {
            checkpoints.add(state.cpuCheckpoint().document());
        }
        if (state.memoryCheckpoint() != null) {
            checkpoints.add(state.memoryCheckpoint().document());
        }
        Machine machine = session.hasNode() ? NodeMachine.of(session.topology(), session.devices()) : null;
        LintSubject subject = new LintSubject(SessionConfig.SOURCE, session.config().document(),
                session.config().fields(), pods, checkpoints, machine);
        return Lint.run(subject, KubeVersion.NEWEST, RuleRegistry.standard());
    }
}
