package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code static} policy ({@code policy_static.go}): exclusive CPUs for containers of Guaranteed
 * pods with whole CPU requests, taken topology-aware from the shared pool minus the reserved CPUs;
 * everything else shares the pool. Keeps the kubelet's per-pod "reusable" CPUs (those of finished
 * init containers) between allocations.
 */
final class StaticPolicy implements CpuPolicy {
    static final String SMT_ALIGNMENT_ERROR = SmtAlignment.REASON;
    static final String UNABLE_TO_RESERVE =
            "[cpumanager] unable to reserve the required amount of CPUs (size of %s did not equal"
                + " %d)";
    static final String RESERVED_PHYSICAL =
            "[cpumanager] unable to build the reserved physical CPUs from the reserved set: unknown"
                + " CPU ID: %d";
    static final String ALIGN_BY_SOCKET_SNN =
            "Topolgy manager single-numa-node policy is incompatible with CPUManager"
                + " align-by-socket policy option";
    static final String ALIGN_BY_SOCKET_HW =
            "Align by socket is not compatible with hardware where number of sockets are more than"
                + " number of NUMA";

    final CpuTopologyIndex topo;
    final StaticPolicyOptions options;
    private final CpuSet reserved;
    private final CpuSet reservedPhysical;

    /** CPUs per core: the unit of full-pcpus-only and of distribute with full-pcpus-only. */
    private final int cpuGroupSize;

    /**
     * harness.distributeCPUGroupSize: the unit tests' explicit group size (null = kubelet rule).
     */
    private final Integer distributeGroupSize;

    /** When hints are listed in full, and the step budget of the bounded searches otherwise. */
    private final HintBounds hintBounds;

    /** The machine's NUMA nodes (also those without CPUs): what decides plain or bounded hints. */
    private final int machineNumaNodes;

    /*
     * The kubelet's cpusToReuse map (pod UID -> CPUs of finished init containers that later
     * containers may reuse) holds one pod at most: every update first drops the other pods. So it
     * is kept as that one pair (null UID = empty map); a map cost a fleet run a hash lookup and an
     * iterator per admission on every node.
     */
    private String reuseUid;
    /** reuseUid's hash: a different pod is told apart without reading the (cold) uid string. */
    private int reuseHash;
    private CpuSet reuseCpus = CpuSet.empty();

    private StaticPolicy(
            CpuTopologyIndex topo,
            StaticPolicyOptions options,
            CpuSet reserved,
            CpuSet reservedPhysical,
            Integer distributeGroupSize,
            HintBounds hintBounds,
            int machineNumaNodes) {
        this.topo = topo;
        this.options = options;
        this.reserved = reserved;
        this.reservedPhysical = reservedPhysical;
        this.cpuGroupSize = topo.cpusPerCore();
        this.distributeGroupSize = distributeGroupSize;
        this.hintBounds = hintBounds;
        this.machineNumaNodes = machineNumaNodes;
    }

    /**
     * The full {@code create} with the default hint bounds, on a machine whose NUMA nodes all have
     * CPUs (the tests' machines).
     */
    static StaticPolicy create(
            CpuTopologyIndex topo,
            StaticPolicyOptions options,
            String topologyManagerPolicy,
            int numReserved,
            CpuSet explicitReserved,
            Integer distributeGroupSize,
            Trace trace)
            throws KubeletStartError {
        return create(topo, options, topologyManagerPolicy, numReserved, explicitReserved,
                distributeGroupSize, HintBounds.DEFAULT, topo.numNumaNodes(), trace);
    }

    /**
     * {@code NewStaticPolicy} after the options were parsed: machine checks of the options, then
     * the reserved set (the explicit one, else {@code numReserved} CPUs picked by the same
     * allocator the containers get, over all CPUs), then its size check and hyperthread siblings.
     * Messages are the kubelet's, without the "new static policy error: " prefix.
     */
    static StaticPolicy create(
            CpuTopologyIndex topo,
            StaticPolicyOptions options,
            String topologyManagerPolicy,
            int numReserved,
            CpuSet explicitReserved,
            Integer distributeGroupSize,
            HintBounds hintBounds,
            int machineNumaNodes,
            Trace trace)
            throws KubeletStartError {
        if (options.alignBySocket()) {
            if (KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(topologyManagerPolicy)) {
                throw new KubeletStartError(ALIGN_BY_SOCKET_SNN, "NUMA-CPU-013");
            }
            if (topo.numSockets() > topo.numNumaNodes()) {
                throw new KubeletStartError(ALIGN_BY_SOCKET_HW, "NUMA-CPU-014");
            }
        }
        StaticPolicy probe =
                new StaticPolicy(
                        topo, options, CpuSet.empty(), CpuSet.empty(), distributeGroupSize,
                        hintBounds, machineNumaNodes);
        CpuSet reserved;
        if (explicitReserved != null && !explicitReserved.isEmpty()) {
            reserved = explicitReserved;
            trace.add(
                    "cpu: reserved CPUs "
                            + reserved
                            + " (reservedSystemCPUs): never handed out exclusively");
        } else {
            reserved = probe.takeByTopologyOrEmpty(topo.allCpus(), numReserved);
            if (numReserved > 0) {
                trace.add(
                        "cpu: "
                                + CpuWords.cpus(numReserved)
                                + " reserved (kubeReserved + systemReserved cpu, rounded up); the"
                                + " allocator picks them like a container's CPUs, from the lowest"
                                + " physical cores: "
                                + reserved);
            }
        }
        if (reserved.size() != numReserved) {
            throw new KubeletStartError(
                    String.format(UNABLE_TO_RESERVE, reserved, numReserved), "NUMA-CPU-015");
        }
        CpuSet physical = CpuSet.empty();
        for (int cpu : reserved.toArray()) {
            int core = topo.coreOf(cpu);
            if (core < 0) {
                throw new KubeletStartError(String.format(RESERVED_PHYSICAL, cpu), "NUMA-CPU-007");
            }
            physical = physical.union(topo.details().cpusInCores(core));
        }
        return new StaticPolicy(topo, options, reserved, physical, distributeGroupSize, hintBounds,
                machineNumaNodes);
    }

    @Override
    public String name() {
        return POLICY_STATIC;
    }

    @Override
    public CpuSet reserved() {
        return reserved;
    }

    CpuSet reservedPhysical() {
        return reservedPhysical;
    }

    /** {@code GetAvailableCPUs}: the shared pool minus the reserved CPUs. */
    CpuSet available(CpuManagerState state) {
        return state.defaultCpuSet().difference(reserved);
    }

    @Override
    public CpuSet sharedPool(CpuManagerState state) {
        return state.defaultCpuSet();
    }

    CpuHintGenerator hintGenerator() {
        return new CpuHintGenerator(topo, options.alignBySocket(), hintBounds, machineNumaNodes);
    }

    CpuSet reusable(String podUid) {
        return reuseUid != null && podUid.hashCode() == reuseHash && podUid.equals(reuseUid) ? reuseCpus
                : CpuSet.empty();
    }

    @Override
    public StaticPolicy copy() {
        StaticPolicy p =
                new StaticPolicy(topo, options, reserved, reservedPhysical, distributeGroupSize,
                        hintBounds, machineNumaNodes);
        p.reuseUid = reuseUid;
        p.reuseHash = reuseHash;
        p.reuseCpus = reuseCpus;
        return p;
    }

    @Override
    public void start(CpuManagerState state, Trace trace) throws KubeletStartError {
        StaticStateValidation.validate(this, state, trace);
    }

    @Override
    public dev.numaadvisor.core.hint.ProviderHints containerHints(
            CpuManagerState state, Pod pod, Container c, Trace trace) {
        return StaticPolicyHints.containerHints(this, state, pod, c, trace);
    }

    @Override
    public dev.numaadvisor.core.hint.ProviderHints podHints(
            CpuManagerState state, Pod pod, Trace trace) {
        return StaticPolicyHints.podHints(this, state, pod, trace);
    }

    /*
     * Allocate, in the kubelet's order:
     *   1. count = guaranteedCPUs; 0 -> shared pool, nothing to do (decided before any option);
     *   2. full-pcpus-only: count not a multiple of CPUs per core -> SMTAlignmentError; count
     *      larger than the shared pool minus the reserved CPUs' whole cores -> SMTAlignmentError;
     *   3. the container already has a set in state -> keep it (restart), update reusable CPUs;
     *   4. allocateCPUs with the Topology Manager's affinity and this pod's reusable CPUs.
     */
    @Override
    public void allocate(
            CpuManagerState state, Pod pod, Container c, TopologyHint affinity, Trace trace)
            throws AdmissionError {
        int count = (int) GuaranteedCpus.of(pod, c);
        if (trace.enabled()) {
            trace.add("cpu: " + GuaranteedCpus.explain(pod, c));
        }
        if (count == 0) {
            return;
        }
        enforceSmtAlignment(state, count, trace);
        CpuSet existing = state.cpuSet(pod.uid(), c.name());
        if (existing != null) {
            updateCpusToReuse(pod, c, existing);
            trace.add(
                    "cpu: "
                            + c.name()
                            + " already holds CPUs "
                            + existing
                            + " in the checkpoint -> it keeps them");
            return;
        }
        NumaMask mask = affinity == null ? null : affinity.affinity();
        CpuSet cpus;
        try {
            cpus = allocateCpus(state, count, mask, reusable(pod.uid()), trace);
        } catch (CpuAssignmentError e) {
            AdmissionError err = AdmissionError.unexpected(e.getMessage());
            trace.add(
                    "cpu: cannot allocate "
                            + CpuWords.cpus(count)
                            + " for "
                            + c.name()
                            + ": "
                            + e.getMessage()
                            + " -> the pod is rejected with "
                            + err.reason());
            throw err;
        }
        state.setCpuSet(pod.uid(), c.name(), cpus);
        updateCpusToReuse(pod, c, cpus);
        if (trace.enabled()) {
            trace.add(
                    "cpu: "
                            + c.name()
                            + " gets exclusive CPUs "
                            + cpus
                            + " "
                            + CpuWords.where(topo, cpus)
                            + "; the shared pool is now "
                            + state.defaultCpuSet());
        }
    }

    private void enforceSmtAlignment(CpuManagerState state, int count, Trace trace)
            throws AdmissionError {
        if (!options.fullPhysicalCpusOnly()) {
            return;
        }
        String msg = SmtAlignment.notWholeCores(count, cpuGroupSize);
        if (msg != null) {
            trace.add(
                    "cpu: full-pcpus-only: "
                            + count
                            + " is not a multiple of the "
                            + cpuGroupSize
                            + " threads per core -> rejected with "
                            + SMT_ALIGNMENT_ERROR);
            throw new AdmissionError(SMT_ALIGNMENT_ERROR, msg);
        }
        int physical = state.defaultCpuSet().difference(reservedPhysical).size();
        msg = SmtAlignment.notEnoughWholeCores(count, physical, cpuGroupSize);
        if (msg != null) {
            trace.add(
                    "cpu: full-pcpus-only: only "
                            + CpuWords.cpus(physical)
                            + " of the shared pool lie on cores"
                            + " without a reserved thread, fewer than "
                            + count
                            + " -> rejected with "
                            + SMT_ALIGNMENT_ERROR);
            throw new AdmissionError(SMT_ALIGNMENT_ERROR, msg);
        }
    }

    /*
     * allocateCPUs: allocatable = (shared pool - reserved) + this pod's reusable CPUs.
     *   - affinity set: take min(count, aligned) CPUs from the CPUs in the mask's NUMA nodes
     *     (align-by-socket: in the sockets of those nodes);
     *   - the rest from whatever is left (where a best-effort or non-preferred hint spills);
     *   - the result leaves the shared pool.
     */
    CpuSet allocateCpus(
            CpuManagerState state, int count, NumaMask affinity, CpuSet reusable, Trace trace)
            throws CpuAssignmentError {
        CpuSet allocatable = available(state).union(reusable);
        CpuSet result = CpuSet.empty();
        if (affinity != null) {
            CpuSet aligned = alignedCpus(affinity, allocatable);
            int n = Math.min(count, aligned.size());
            result = takeByTopology(aligned, n, trace);
            if (trace.enabled()) {
                trace.add(
                    "cpu: "
                            + CpuWords.cpus(n)
                            + " from the CPUs aligned with "
                            + affinity
                            + (options.alignBySocket()
                                    ? " (widened to whole sockets by align-by-socket)"
                                    : "")
                            + (n < count
                                    ? "; only "
                                            + aligned.size()
                                            + " are free there, the rest spills elsewhere"
                                    : ""));
            }
        }
        CpuSet rest = takeByTopology(allocatable.difference(result), count - result.size(), trace);
        result = result.union(rest);
        state.setDefaultCpuSet(state.defaultCpuSet().difference(result));
        return result;
    }

    /** {@code getAlignedCPUs}: allocatable CPUs in the mask's NUMA nodes, or in their sockets. */
    CpuSet alignedCpus(NumaMask affinity, CpuSet allocatable) {
        int[] numas = affinity.toArray();
        if (options.alignBySocket()) {
            return allocatable.intersection(
                    topo.details()
                            .cpusInSockets(
                                    CpuDetails.array(topo.details().socketsInNumaNodes(numas))));
        }
        return allocatable.intersection(topo.details().cpusInNumaNodes(numas));
    }

    /** {@code takeByTopology}: distributed or packed, with the options' strategy. */
    CpuSet takeByTopology(CpuSet available, int count, Trace trace) throws CpuAssignmentError {
        CpuAssignment.Result r;
        if (options.distributeCpusAcrossNuma()) {
            int g =
                    distributeGroupSize != null
                            ? distributeGroupSize
                            : options.fullPhysicalCpusOnly() ? cpuGroupSize : 1;
            r =
                    NumaDistributedAssignment.take(
                            topo,
                            available,
                            count,
                            g,
                            options.sortingStrategy(),
                            options.alignBySocket());
        } else {
            r =
                    CpuAssignment.takeByTopologyNumaPacked(
                            topo,
                            available,
                            count,
                            options.sortingStrategy(),
                            options.preferAlignByUncoreCache(),
                            trace.enabled());
        }
        if (trace.enabled()) {
            for (String step : r.steps()) {
                trace.add("cpu: " + step);
            }
        }
        return r.cpus();
    }

    private CpuSet takeByTopologyOrEmpty(CpuSet available, int count) {
        try {
            return takeByTopology(available, count, Trace.disabled());
        } catch (CpuAssignmentError e) {
            return CpuSet.empty();
        }
    }

    /*
     * updateCPUsToReuse: entries of other pods are dropped; a regular init container's CPUs
     * become reusable by the pod's later containers; a sidecar's never do (it keeps running);
     * an app container's CPUs stop being reusable.
     */
    void updateCpusToReuse(Pod pod, Container c, CpuSet cpus) {
        CpuSet current = reusable(pod.uid());
        reuseUid = pod.uid();
        reuseHash = reuseUid.hashCode();
        for (Container init : pod.initContainers()) {
            if (init.name().equals(c.name())) {
                if (init.restartPolicyAlways()) {
                    break;
                }
                reuseCpus = current.union(cpus);
                return;
            }
        }
        reuseCpus = current.difference(cpus);
    }

    /**
     * RemoveContainer: only CPUs no sibling container of the pod still holds return to the pool.
     */
    @Override
    public void removeContainer(
            CpuManagerState state, String podUid, String container, Trace trace) {
        CpuSet release = state.cpuSet(podUid, container);
        if (release == null) {
            return;
        }
        state.delete(podUid, container);
        CpuSet inUse = CpuSet.empty();
        Map<String, CpuSet> siblings = state.containersOf(podUid);
        for (CpuSet s : siblings.values()) {
            inUse = inUse.union(s);
        }
        CpuSet back = release.difference(inUse);
        state.setDefaultCpuSet(state.defaultCpuSet().union(back));
        if (!trace.enabled()) {
            return;
        }
        trace.add(
                "cpu: "
                        + container
                        + " removed: CPUs "
                        + (back.isEmpty() ? "(none)" : back.toString())
                        + " return to the shared pool"
                        + (back.equals(release)
                                ? ""
                                : " ("
                                        + release.difference(back)
                                        + " stay with sibling containers)")
                        + "; the shared pool is now "
                        + state.defaultCpuSet());
    }
}
