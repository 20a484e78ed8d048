package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.adapter.scenario.NodeHardware;
import dev.numaadvisor.adapter.scenario.ScenarioDocument;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.BusyCpuCheckpoint;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.SourcePosition;
import dev.numaadvisor.core.scenario.NodeMachine;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The session's records as the simulator's input, built directly (no YAML): the machine through
 * {@link NodeMachine} (the scenario reader's mapping), the decoded kubelet config, the running
 * state (busy CPUs become a cpu_manager_state) and the pods in order. The result looks like a
 * read Scenario named {@value #NAME}, so every renderer takes it.
 */
public final class SessionInput {
    public static final String NAME = "session";

    private SessionInput() {
    }

    /** Throws IllegalStateException without a node, IllegalArgumentException on busy CPUs that do not fit. */
    public static ScenarioDocument document(Session session) {
        if (!session.hasNode()) {
            throw new IllegalStateException("no node yet: describe one (/node set 2x24x2 gpu@1) or paste lscpu");
        }
        Machine machine = NodeMachine.of(session.topology(), session.devices());
        SessionConfig config = session.config();
        RunningState state = session.state();
        List<PodDocument> podDocuments = new ArrayList<>();
        List<Pod> pods = new ArrayList<>();
        for (ScenarioPod p : session.pods()) {
            Pod pod = p.toPod();
            pods.add(pod);
            podDocuments.add(new PodDocument(pod, "Pod/" + pod.name(), SourcePosition.UNKNOWN, Map.of()));
        }
        List<Pod> running = new ArrayList<>();
        state.runningPods().forEach(p -> running.add(p.toPod()));
        SimulationInput input = new SimulationInput(machine, config.config(), config.decodeError(),
                KubeVersion.NEWEST, Harness.NONE, cpuCheckpoint(machine, config, state),
                state.memoryCheckpoint() == null ? null : state.memoryCheckpoint().value(), running, pods, List.of());
        return new ScenarioDocument(NAME, NAME, input, new NodeHardware(session.topology(), session.devices(),
                machine), config.document(), podDocuments, null, false);
    }

    private static CpuManagerCheckpoint cpuCheckpoint(Machine machine, SessionConfig config, RunningState state) {
        if (state.cpuCheckpoint() != null) {
            return state.cpuCheckpoint().value();
        }
        if (state.busyCpus().isEmpty()) {
            return null;
        }
        KubeletConfig c = config.config();
        if (!KubeletConfig.CPU_POLICY_STATIC.equals(c.cpuManagerPolicy())) {
            throw new IllegalArgumentException("busy CPUs need cpuManagerPolicy static: only the static policy"
                    + " gives running pods CPUs of their own (/config set cpuManagerPolicy=static)");
        }
        return BusyCpuCheckpoint.of(machine.topology(), reserved(machine, c), state.busyCpus(),
                c.cpuManagerPolicy(), c.cpuOption(CpuPolicyOptionCatalog.STRICT_CPU_RESERVATION));
    }

    /**
     * The CPUs the kubelet reserves with this config, from the engine itself (an empty node started
     * once), so busy CPUs never land on them. A config the kubelet refuses fails the real run
     * anyway; no CPUs are reserved for it here.
     */
    private static CpuSet reserved(Machine machine, KubeletConfig config) {
        try {
            return NodeSession.start(machine, config, KubeVersion.NEWEST, Harness.NONE, Trace.disabled())
                    .reservedCpus();
        } catch (KubeletStartError e) {
            return CpuSet.empty();
        }
    }
}
