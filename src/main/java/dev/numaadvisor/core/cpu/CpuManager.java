package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintProvider;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

/**
 * The kubelet's CPU Manager as a Topology Manager hint provider (name {@code cpu}), policy {@code
 * none} or {@code static}. Built by {@link #start}, which does what the kubelet does at start-up
 * and fails with the kubelet's own message where the kubelet would refuse to start. Owns its state;
 * {@link #copy()} gives an independent manager for what-if runs.
 */
public final class CpuManager implements HintProvider {
    public static final String NAME = "cpu";

    /** Where the kubelet keeps the state (default root dir); named in restore errors. */
    public static final String STATE_FILE = "/var/lib/kubelet/cpu_manager_state";

    static final String UNKNOWN_POLICY = "unknown policy: \"%s\"";
    static final String NONE_WITH_OPTIONS =
            "new none policy error: None policy: received unsupported options=%s";
    public static final String STATIC_POLICY_ERROR = "new static policy error: ";
    public static final String START_ERROR = "start cpu manager error: ";
    static final String OPTIONS_GATE =
            "CPU Manager policy options %s require feature gates \"CPUManager\","
                    + " \"CPUManagerPolicyOptions\" enabled";
    static final String RESTORE =
            "could not restore state from checkpoint: %s, please drain this node and delete"
                    + " the CPU manager checkpoint file \""
                    + STATE_FILE
                    + "\" before restarting Kubelet";
    static final String CORRUPTED = "checkpoint is corrupted";
    static final String POLICY_CHANGED =
            "configured policy \"%s\" differs from state checkpoint policy \"%s\"";

    private final CpuTopologyIndex topo;
    private final CpuPolicy policy;
    private final CpuManagerState state;

    private CpuManager(CpuTopologyIndex topo, CpuPolicy policy, CpuManagerState state) {
        this.topo = topo;
        this.policy = policy;
        this.state = state;
    }

    /**
     * {@link #start(Machine, KubeletConfig, KubeVersion, CpuHarness, CpuManagerCheckpoint, Trace)}
     * without a trace.
     */
    public static CpuManager start(
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            CpuHarness harness,
            CpuManagerCheckpoint restored)
            throws KubeletStartError {
        return start(machine, config, version, harness, restored, Trace.disabled());
    }

    /**
     * The kubelet's start-up for the CPU Manager: {@code server.go} checks of the reserved CPUs and
     * option gates, {@code NewManager} (policy and options, reserved set), then {@code Start}
     * (restore and validate the checkpoint; a null or empty one is a fresh node).
     *
     * @param harness test-fidelity overrides, may be null
     * @param restored the {@code cpu_manager_state} found on the node, may be null
     */
    public static CpuManager start(
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            CpuHarness harness,
            CpuManagerCheckpoint restored,
            Trace trace)
            throws KubeletStartError {
        CpuTopologyIndex topo = new CpuTopologyIndex(machine.topology());
        CpuSet reservedSystemCpus =
                harness != null && harness.reservedCPUs() != null
                        ? null
                        : CpuReservation.reservedSystemCpus(config, topo.allCpus());
        if (!config.cpuManagerPolicyOptions().isEmpty()
                && !CpuPolicyOptionCatalog.gateEnabled(
                        CpuPolicyOptionCatalog.GATE_POLICY_OPTIONS,
                        config.featureGates(),
                        version)) {
            throw new KubeletStartError(
                    String.format(OPTIONS_GATE, GoStrings.map(config.cpuManagerPolicyOptions())),
                    "NUMA-GATE-005");
        }
        CpuPolicy policy =
                newPolicy(
                        topo,
                        config,
                        version,
                        harness,
                        reservedSystemCpus,
                        machine.numaNodeIds().size(),
                        trace);
        CpuManagerState state = restore(policy, restored, trace);
        try {
            policy.start(state, trace);
        } catch (KubeletStartError e) {
            throw new KubeletStartError(START_ERROR + e.getMessage(), e.rule());
        }
        return new CpuManager(topo, policy, state);
    }

    /** {@code NewManager}: the policy by name, with its option and reservation checks. */
    private static CpuPolicy newPolicy(
            CpuTopologyIndex topo,
            KubeletConfig config,
            KubeVersion version,
            CpuHarness harness,
            CpuSet reservedSystemCpus,
            int machineNumaNodes,
            Trace trace)
            throws KubeletStartError {
        String name = config.cpuManagerPolicy();
        if (CpuPolicy.POLICY_NONE.equals(name)) {
            if (!config.cpuManagerPolicyOptions().isEmpty()) {
                throw new KubeletStartError(
                        String.format(
                                NONE_WITH_OPTIONS, GoStrings.map(config.cpuManagerPolicyOptions())),
                        "NUMA-CPU-008");
            }
            return new NonePolicy(topo.allCpus());
        }
        if (!CpuPolicy.POLICY_STATIC.equals(name)) {
            throw new KubeletStartError(String.format(UNKNOWN_POLICY, name), "NUMA-CPU-001");
        }
        CpuReservation reservation = CpuReservation.of(config, reservedSystemCpus, harness);
        try {
            StaticPolicyOptions options =
                    StaticPolicyOptions.parse(
                            config.cpuManagerPolicyOptions(), config.featureGates(), version);
            Integer groupSize = harness == null ? null : harness.distributeCPUGroupSize();
            return StaticPolicy.create(
                    topo,
                    options,
                    config.topologyManagerPolicy(),
                    reservation.count(),
                    reservation.explicit(),
                    groupSize,
                    harness == null || harness.hintBounds() == null
                            ? HintBounds.DEFAULT
                            : harness.hintBounds(),
                    machineNumaNodes,
                    trace);
        } catch (KubeletStartError e) {
            throw new KubeletStartError(STATIC_POLICY_ERROR + e.getMessage(), e.rule());
        }
    }

    /*
     * NewCheckpointState / restoreState: no file -> fresh state; a non-zero checksum must match
     * ("checkpoint is corrupted"); the file's policy must be the configured one (switching
     * none <-> static needs a drained node and a deleted file).
     */
    private static CpuManagerState restore(
            CpuPolicy policy, CpuManagerCheckpoint restored, Trace trace) throws KubeletStartError {
        if (restored == null) {
            return new CpuManagerState(CpuSet.empty());
        }
        if (restored.checksum() != 0 && restored.checksum() != restored.kubeletChecksum()) {
            trace.add(
                    "cpu: the checkpoint's checksum "
                            + restored.checksum()
                            + " does not match its content"
                            + " (expected "
                            + restored.kubeletChecksum()
                            + ") -> the kubelet refuses to start");
            throw new KubeletStartError(START_ERROR + String.format(RESTORE, CORRUPTED), null);
        }
        if (!policy.name().equals(restored.policyName())) {
            throw new KubeletStartError(
                    START_ERROR
                            + String.format(
                                    RESTORE,
                                    String.format(
                                            POLICY_CHANGED, policy.name(), restored.policyName())),
                    "NUMA-STATE-001");
        }
        return CpuManagerState.from(restored);
    }

    /**
     * The kubelet's {@code guaranteedCPUs}: 0 unless the pod is Guaranteed and the request whole.
     */
    public static long guaranteedCpus(Pod pod, Container c) {
        return GuaranteedCpus.of(pod, c);
    }

    @Override
    public String name() {
        return NAME;
    }

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

    /** CPUs never handed out exclusively (empty under policy none). */
    public CpuSet reserved() {
        return policy.reserved();
    }

    /** {@code GetAllocatableCPUs}: all CPUs minus reserved under static, none under policy none. */
    public CpuSet allocatable() {
        return policy instanceof StaticPolicy
                ? topo.allCpus().difference(policy.reserved())
                : CpuSet.empty();
    }

    /**
     * Where shared-pool containers run now: the checkpoint's {@code defaultCpuSet} under static (it
     * keeps the reserved CPUs unless strict-cpu-reservation removed them), every CPU under none.
     */
    public CpuSet sharedPool() {
        return policy.sharedPool(state);
    }

    /** The container's exclusive CPUs, or null when it has none. */
    public CpuSet assigned(String podUid, String container) {
        return state.cpuSet(podUid, container);
    }

    public boolean exclusive(String podUid, String container) {
        return state.cpuSet(podUid, container) != null;
    }

    /** The state now, in the kubelet's file shape, checksum 0 (not checked). */
    public CpuManagerCheckpoint checkpoint() {
        return state.toCheckpoint(policy.name());
    }

    public CpuManager copy() {
        return new CpuManager(topo, policy.copy(), state.copy());
    }
}
