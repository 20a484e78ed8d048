package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.CpuHarness;
import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.device.DeviceManager;
import dev.numaadvisor.core.memory.MemoryHarness;
import dev.numaadvisor.core.memory.MemoryManager;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.topology.NumaInfo;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.topology.PolicyFactory;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one node: the kubelet's start-up checks, then the admission of each pod in order
 * (each sees the ones before it), then lifecycle events. Pure and deterministic.
 */
public final class NodeSimulator {
    private NodeSimulator() {
    }

    public static SimulationResult run(SimulationInput in) {
        return run(in, new Trace());
    }

    public static SimulationResult run(SimulationInput in, Trace trace) {
        Machine m = in.machine();
        KubeletConfig config = in.config();
        List<NodeFinding> findings = new ArrayList<>();
        NodeManagers managers;
        try {
            managers = start(in, trace);
        } catch (KubeletStartError e) {
            trace.add("kubelet: would not start: " + e.getMessage());
            return new SimulationResult(m.numaNodeIds().size(), m.topology().numSockets(), m.topology().numCpus(),
                    null, null, findings, e, List.of(), null, null, trace.entries());
        }
        PodAdmitter admitter = new PodAdmitter(managers, config, in.harness());
        for (Pod running : in.runningPods()) {
            trace.about(running.name(), null);
            trace.add("state: re-admitting running pod " + running.name());
            admitter.admit(running, trace);
        }
        List<PodResult> results = new ArrayList<>();
        for (Pod pod : in.pods()) {
            results.add(admitter.admit(pod, trace));
        }
        for (Event e : in.events()) {
            if (e instanceof Event.Remove) {
                remove((Event.Remove) e, managers, admitter, in, trace);
            } else if (e instanceof Event.Admit) {
                results.add(admitter.admit(((Event.Admit) e).pod(), trace));
            } else {
                throw new AssertionError(e);
            }
        }
        return new SimulationResult(m.numaNodeIds().size(), m.topology().numSockets(), m.topology().numCpus(),
                managers.cpu().reserved(), managers.allocatable(), findings, null, results, managers.cpu().checkpoint(),
                managers.memory().checkpoint(), trace.entries());
    }

    /**
     * The kubelet's start-up alone, as lint asks it: the error that stops it, or null when it
     * starts. The same checks {@link #run} makes, so lint and simulate cannot disagree.
     */
    public static KubeletStartError startUp(SimulationInput in) {
        try {
            start(in, Trace.disabled());
            return null;
        } catch (KubeletStartError e) {
            return e;
        }
    }

    /** The kubelet's start-up order: config validation, Topology Manager, CPU, then Memory Manager. */
    static NodeManagers start(SimulationInput in, Trace trace) throws KubeletStartError {
        KubeletConfig config = in.config();
        if (in.configDecodeError() != null) {
            throw new KubeletStartError(in.configDecodeError(), "NUMA-CFG-001");
        }
        trace.add("kubelet: starting with topologyManagerPolicy " + config.topologyManagerPolicy() + " (scope "
                + config.topologyManagerScope() + "), cpuManagerPolicy " + config.cpuManagerPolicy()
                + ", memoryManagerPolicy " + config.memoryManagerPolicy() + ", Kubernetes " + in.version());
        KubeletConfigChecks.check(config);
        PolicyFactory.validateScope(config.topologyManagerScope());
        NumaInfo numaInfo = NumaInfo.fromMachine(in.machine());
        Policy policy = PolicyFactory.create(config.topologyManagerPolicy(), config.topologyManagerPolicyOptions(),
                numaInfo, in.version(), config.featureGates());
        Harness h = in.harness();
        CpuManager cpu = CpuManager.start(in.machine(), config, in.version(),
                new CpuHarness(h.numReservedCPUs(), h.reservedCPUs(), h.distributeCPUGroupSize(),
                        h.hintBoundsOrDefault()), in.cpuCheckpoint(), trace);
        MemoryManager memory = MemoryManager.start(in.machine(), config, in.version(),
                new MemoryHarness(h.skipStateValidation(), h.hintBoundsOrDefault()), in.memoryCheckpoint(), trace);
        trace.add("kubelet: started" + (cpu.reserved().isEmpty() ? "" : "; reserved CPUs " + cpu.reserved()
                + " are never handed out as exclusive CPUs"));
        NodeAllocatable allocatable = NodeAllocatable.of(in.machine(), config, in.extendedResources());
        if (trace.enabled()) {
            trace.add(FitWords.allocatable(in.machine(), config, allocatable));
        }
        return new NodeManagers(policy, new DeviceManager(in.machine(), h.hintBoundsOrDefault()), cpu, memory,
                allocatable, in.machine().numaNodeIds());
    }

    private static void remove(Event.Remove e, NodeManagers managers, PodAdmitter admitter, SimulationInput in,
                               Trace trace) {
        String uid = uidOf(e.pod(), in);
        List<String> containers = new ArrayList<>();
        if (e.container() != null) {
            containers.add(e.container());
        } else {
            admitter.forget(uid);
            Pod pod = podNamed(e.pod(), in);
            if (pod != null) {
                pod.allContainers().forEach(c -> containers.add(c.name()));
            } else if (in.cpuCheckpoint() != null && in.cpuCheckpoint().entries().containsKey(uid)) {
                containers.addAll(in.cpuCheckpoint().entries().get(uid).keySet());
            }
        }
        trace.about(e.pod(), e.container());
        trace.add("event: remove " + e.pod() + (e.container() == null ? "" : "/" + e.container()));
        for (String c : containers) {
            managers.device().removeContainer(uid, c, trace);
            managers.cpu().removeContainer(uid, c, trace);
            managers.memory().removeContainer(uid, c, trace);
        }
        trace.about(null, null);
    }

    private static Pod podNamed(String name, SimulationInput in) {
        List<Pod> all = new ArrayList<>(in.runningPods());
        all.addAll(in.pods());
        in.events().forEach(ev -> {
            if (ev instanceof Event.Admit) {
                all.add(((Event.Admit) ev).pod());
            }
        });
        for (Pod p : all) {
            if (p.name().equals(name) || p.uid().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static String uidOf(String name, SimulationInput in) {
        Pod p = podNamed(name, in);
        return p == null ? name : p.uid();
    }
}
