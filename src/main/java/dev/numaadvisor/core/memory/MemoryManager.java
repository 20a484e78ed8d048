package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryManagerMessages.*;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintProvider;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kubelet's Memory Manager ({@code pkg/kubelet/cm/memorymanager}) as a Topology Manager hint
 * provider named {@code memory}: policy {@code None} or {@code Static}, its state, and the
 * kubelet's start-up checks. Mutable: {@link #allocate} and {@link #removeContainer} change it;
 * {@link #copy} gives an independent manager for what-if runs.
 */
public final class MemoryManager implements HintProvider {
    public static final String NAME = "memory";
    private static final String MEMORY_MANAGER_GATE = "MemoryManager";

    private final MemoryPolicy policy;
    private final MemoryState state;

    private MemoryManager(MemoryPolicy policy, MemoryState state) {
        this.policy = policy;
        this.state = state;
    }

    /**
     * {@link #start(Machine, KubeletConfig, KubeVersion, MemoryHarness, MemoryManagerCheckpoint,
     * Trace)} untraced.
     */
    public static MemoryManager start(
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            MemoryHarness harness,
            MemoryManagerCheckpoint restored)
            throws KubeletStartError {
        return start(machine, config, version, harness, restored, Trace.disabled());
    }

    /**
     * Creates the manager as the kubelet does ({@code NewManager}: policy name, reservedMemory) and
     * starts it ({@code Start}: restore the checkpoint, validate the state unless the harness says
     * not to). {@code harness} and {@code restored} may be null (no checkpoint file).
     *
     * @throws KubeletStartError with the kubelet's own message when it would refuse to start
     */
    public static MemoryManager start(
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            MemoryHarness harness,
            MemoryManagerCheckpoint restored,
            Trace trace)
            throws KubeletStartError {
        HintBounds bounds =
                harness == null || harness.hintBounds() == null
                        ? HintBounds.DEFAULT
                        : harness.hintBounds();
        MemoryPolicy policy = create(machine, config, version, bounds, trace);
        verifyChecksum(restored, trace);
        MemoryState state = restored == null ? new MemoryState() : MemoryState.of(restored);
        if (restored != null && !restored.policyName().equals(policy.name())) {
            trace.add(
                    "memory: the checkpoint was written by policy \""
                            + restored.policyName()
                            + "\" but the kubelet is configured with \""
                            + policy.name()
                            + "\"; the kubelet refuses to "
                            + "start until the node is drained and "
                            + CHECKPOINT_PATH
                            + " is deleted");
            String cause = String.format(POLICY_DIFFERS, policy.name(), restored.policyName());
            throw new KubeletStartError(
                    START_PREFIX + String.format(RESTORE_WRAP, cause, CHECKPOINT_PATH),
                    RULE_POLICY_CHANGED);
        }
        String error = policy.start(state, harness != null && harness.skipStateValidation(), trace);
        if (error != null) {
            throw new KubeletStartError(START_PREFIX + error, RULE_STATE_DIFFERENT);
        }
        return new MemoryManager(policy, state);
    }

    /*
     * GetCheckpoint verifies the checksum before anything else is looked at. The contract lets
     * scenario authors write 0 (or nothing) instead; any other value must be what the kubelet
     * computes for the content, else the file is "corrupted".
     */
    private static void verifyChecksum(MemoryManagerCheckpoint restored, Trace trace)
            throws KubeletStartError {
        if (restored == null || restored.checksum() == 0) {
            return;
        }
        long expected = MemoryCheckpointChecksum.of(restored);
        if (restored.checksum() != expected) {
            trace.add(
                    "memory: the checkpoint's checksum "
                            + restored.checksum()
                            + " does not match its"
                            + " content (the kubelet computes "
                            + expected
                            + "): the file was edited or written"
                            + " by another kubelet version, and the kubelet refuses to start");
            throw new KubeletStartError(
                    START_PREFIX + String.format(RESTORE_WRAP, CORRUPTED, CHECKPOINT_PATH), null);
        }
    }

    /**
     * Only the checks the kubelet makes when it creates the manager ({@code NewManager}, before any
     * manager starts): reservedMemory configuration, policy name, and for {@code Static} the
     * reservation sums. Lets a caller order them before other managers' start-up checks.
     */
    public static void validateConfig(
            Machine machine, KubeletConfig config, KubeVersion version, Trace trace)
            throws KubeletStartError {
        create(machine, config, version, HintBounds.DEFAULT, trace);
    }

    private static MemoryPolicy create(
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            HintBounds bounds,
            Trace trace)
            throws KubeletStartError {
        ReservedMemoryValidator.validateConfiguration(config);
        String name = config.memoryManagerPolicy();
        if (!version.atLeast(1, 32)
                && Boolean.FALSE.equals(config.featureGates().get(MEMORY_MANAGER_GATE))) {
            trace.add(
                    "memory: feature gate MemoryManager is off (possible before 1.32): the kubelet"
                            + " creates no Memory Manager, so memory is never pinned");
            return new NoneMemoryPolicy();
        }
        if (POLICY_NONE.equals(name)) {
            trace.add(
                    "memory: Memory Manager policy None: memory and hugepages are not pinned to"
                            + " NUMA nodes");
            return new NoneMemoryPolicy();
        }
        if (POLICY_STATIC.equals(name)) {
            Map<Integer, Map<String, Long>> reserved =
                    ReservedMemoryValidator.systemReserved(machine, config, trace);
            ReservedMemoryValidator.requireReservedMemory(reserved, trace);
            trace.add(
                    "memory: Memory Manager policy Static: Guaranteed pods get memory and hugepages"
                            + " pinned to NUMA nodes");
            MemoryState defaults = DefaultMachineState.build(machine, reserved);
            DefaultMachineState.trace(defaults, trace);
            return new StaticMemoryPolicy(
                    defaults, new InitContainerReuse(), bounds, machine.numaNodeIds().size());
        }
        if (POLICY_BEST_EFFORT.equals(name) && version.atLeast(1, 32)) {
            trace.add(
                    "memory: policy BestEffort exists only on Windows; a Linux kubelet refuses to"
                            + " start");
            throw new KubeletStartError(BEST_EFFORT_NOT_ON_LINUX, RULE_POLICY);
        }
        trace.add(
                "memory: memoryManagerPolicy \""
                        + name
                        + "\" is not a policy (None or Static; the value is "
                        + "case-sensitive); the kubelet refuses to start");
        throw new KubeletStartError(String.format(UNKNOWN_POLICY, name), RULE_POLICY);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@code None} or {@code Static}. */
    public String policyName() {
        return policy.name();
    }

    @Override
    public ProviderHints containerHints(Pod pod, Container container, Trace trace) {
        return policy.containerHints(state, pod, container, trace);
    }

    @Override
    public ProviderHints podHints(Pod pod, Trace trace) {
        return policy.podHints(state, pod, trace);
    }

    @Override
    public void allocate(Pod pod, Container container, TopologyHint affinity, Trace trace)
            throws AdmissionError {
        policy.allocate(state, pod, container, affinity, trace);
    }

    @Override
    public void removeContainer(String podUid, String containerName, Trace trace) {
        policy.removeContainer(state, podUid, containerName, trace);
    }

    /**
     * The kubelet's {@code AddContainer} when a container starts: the pod's regular init containers
     * before it have finished, so their memory is released (sidecars keep theirs). Not part of
     * admission; call it only to model containers starting.
     */
    public void addContainer(Pod pod, Container container, Trace trace) {
        for (Container init : pod.initContainers()) {
            if (init.name().equals(container.name())) {
                break;
            }
            if (!init.restartPolicyAlways()) {
                policy.removeContainer(state, pod.uid(), init.name(), trace);
            }
        }
    }

    /**
     * The container's exclusive memory after admission (init containers included): NUMA nodes of
     * its blocks and bytes per resource as recorded after re-use; null when it has none.
     */
    public ContainerMemory assigned(String podUid, String containerName) {
        List<MemoryBlock> blocks = state.blocks(podUid, containerName);
        if (blocks == null || blocks.isEmpty()) {
            return null;
        }
        TreeSet<Integer> nodes = new TreeSet<>();
        Map<String, Long> bytes = new TreeMap<>();
        for (MemoryBlock b : blocks) {
            nodes.addAll(b.numaAffinity());
            bytes.merge(b.type(), b.size(), Long::sum);
        }
        return new ContainerMemory(List.copyOf(nodes), bytes);
    }

    /** The state as the kubelet would write {@code memory_manager_state} now (checksum 0). */
    public MemoryManagerCheckpoint checkpoint() {
        return state.toCheckpoint(policy.name());
    }

    public MemoryManager copy() {
        return new MemoryManager(policy.copy(), state.copy());
    }
}
