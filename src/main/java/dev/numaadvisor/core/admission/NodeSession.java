package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One running kubelet, admitting pods one at a time and removing them on churn. It is the same
 * admission flow as {@link NodeSimulator} (the same start-up, {@link PodAdmitter} and managers),
 * kept open so a fleet run does not replay a whole scenario per pod.
 */
public final class NodeSession {
    private final NodeManagers managers;
    private final PodAdmitter admitter;
    private final Trace trace;
    private final KubeletConfig config;
    private final Harness harness;
    /** Admitted pods by uid: removal needs their container names. */
    private final Map<String, Pod> running = new HashMap<>();

    private NodeSession(NodeManagers managers, KubeletConfig config, Harness harness, Trace trace) {
        this.managers = managers;
        this.config = config;
        this.harness = harness;
        this.admitter = new PodAdmitter(managers, config, harness);
        this.trace = trace;
    }

    /** Starts the kubelet with empty state; throws what the kubelet would refuse to start with. */
    public static NodeSession start(Machine machine, KubeletConfig config, KubeVersion version, Harness harness,
                                    Trace trace) throws KubeletStartError {
        SimulationInput in = new SimulationInput(machine, config, null, version, harness, null, null, List.of(),
                List.of(), List.of());
        NodeManagers managers = NodeSimulator.start(in, trace);
        return new NodeSession(managers, config, harness, trace);
    }

    /**
     * An independent kubelet in the same started state (the managers' state is copied, the
     * immutable policy shared): a pool of identical nodes starts each kubelet only once.
     */
    public NodeSession copy() {
        if (!running.isEmpty()) {
            throw new IllegalStateException("copy a session before admitting pods");
        }
        NodeManagers m = new NodeManagers(managers.policy(), managers.device().copy(), managers.cpu().copy(),
                managers.memory().copy(), managers.allocatable(),
                managers.numaNodes());
        return new NodeSession(m, config, harness, trace);
    }

    public PodResult admit(Pod pod) {
        PodResult r = admitter.admit(pod, trace);
        if (r.admitted()) {
            running.put(pod.uid(), pod);
        }
        return r;
    }

    /** Removes an admitted pod's containers from every manager; false when the uid is not running. */
    public boolean remove(String podUid) {
        Pod pod = running.remove(podUid);
        if (pod == null) {
            return false;
        }
        admitter.forget(podUid);
        for (Container c : pod.allContainers()) {
            managers.device().removeContainer(podUid, c.name(), trace);
            managers.cpu().removeContainer(podUid, c.name(), trace);
            managers.memory().removeContainer(podUid, c.name(), trace);
        }
        return true;
    }

    public int runningPods() {
        return running.size();
    }

    /** The CPU Manager's shared pool: the CPUs no container holds exclusively. */
    public CpuSet sharedPool() {
        return managers.cpu().sharedPool();
    }

    /** The CPUs pods may use at all (all CPUs but the reserved ones under the static policy). */
    public CpuSet allocatableCpus() {
        return managers.cpu().allocatable();
    }

    /** What the node reports as allocatable: the budget of the resource fit. */
    public NodeAllocatable allocatable() {
        return managers.allocatable();
    }

    public CpuSet reservedCpus() {
        return managers.cpu().reserved();
    }
}
