package dev.numaadvisor.app.assistant;

import dev.numaadvisor.adapter.text.SimulationTextRenderer;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.ScenarioYaml;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;
import java.util.Map;

/**
 * The plain-English walkthrough of one simulated pod: each provider's hints, the merged hint,
 * admission, the exact condition for a TopologyAffinityError on this node (from the engine's
 * machine and result), the kubelet config, and read-only ways to check a real node.
 */
public final class Walkthrough {
    private Walkthrough() {
    }

    public static String write(Session session, Simulate.Outcome outcome, String podName) {
        SimulationResult r = outcome.result();
        StringBuilder sb = new StringBuilder();
        if (r.startError() != null) {
            return "The kubelet would not start with this config: " + r.startError().getMessage() + "\n";
        }
        PodResult p = r.pod(podName);
        Pod pod = pod(outcome, podName);
        if (p == null || pod == null) {
            return "no pod \"" + podName + "\" in the simulation\n";
        }
        sb.append("## What the managers do\n");
        for (ContainerResult c : p.containers()) {
            sb.append(container(c));
        }
        sb.append("Admission: ").append(p.admitted() ? "ADMITTED" : "REJECTED " + p.reason() + " — " + p.message())
                .append('\n');
        sb.append('\n').append(condition(outcome, p, pod));
        sb.append("\n## Kubelet config the node needs\n```yaml\n").append(ScenarioYaml.dump(session.kubeletConfig()))
                .append("```\n");
        sb.append("reservedSystemCPUs ").append(session.kubeletConfig().get("reservedSystemCPUs"))
                .append(" is one whole core (both threads) off the device's NUMA node; reservedMemory ")
                .append(KubeletDraft.RESERVED_MEMORY_TOTAL).append(" = systemReserved ")
                .append(KubeletDraft.SYSTEM_RESERVED_MEMORY)
                .append(" + evictionHard memory.available 100Mi, as the Memory Manager requires.\n");
        sb.append("\n## Verify on a real node (read-only)\n")
                .append("- kubectl describe node NODE   (Allocatable cpu, memory, nvidia.com/gpu)\n")
                .append("- kubectl get events --field-selector reason=").append(AdmissionError.TOPOLOGY_AFFINITY_ERROR)
                .append('\n')
                .append("- cat /var/lib/kubelet/cpu_manager_state   (policyName, defaultCpuSet, entries)\n")
                .append("- cat /var/lib/kubelet/memory_manager_state\n")
                .append("Then /why for the engine's trace, /whatif policy=restricted to compare.\n");
        return sb.toString();
    }

    private static String container(ContainerResult c) {
        StringBuilder sb = new StringBuilder();
        sb.append("container ").append(c.name()).append(c.init() ? " (init)" : "").append(":\n");
        if (c.hints() != null) {
            c.hints().forEach((resource, hints) -> sb.append("  ").append(manager(resource)).append(" hints for ")
                    .append(resource).append(": ").append(list(hints)).append('\n'));
        }
        if (c.mergedHint() != null) {
            sb.append("  merged hint: ").append(SimulationTextRenderer.hint(c.mergedHint()))
                    .append(" (✓ preferred, ✗ not preferred)\n");
        }
        if (c.exclusiveCpus() && c.cpus() != null) {
            sb.append("  gets exclusive CPUs ").append(c.cpus()).append(" (").append(c.cpus().size()).append(")\n");
        }
        if (c.devices() != null && !c.devices().isEmpty()) {
            sb.append("  gets devices ").append(c.devices()).append('\n');
        }
        return sb.toString();
    }

    private static String manager(String resource) {
        if (resource.equals("cpu")) {
            return "CPU Manager";
        }
        return resource.equals("memory") ? "Memory Manager" : "Device Manager";
    }

    private static String list(List<TopologyHint> hints) {
        if (hints == null) {
            return "no preference";
        }
        if (hints.isEmpty()) {
            return "none (cannot satisfy)";
        }
        StringBuilder sb = new StringBuilder();
        hints.forEach(h -> sb.append(sb.length() > 0 ? " " : "").append(SimulationTextRenderer.hint(h)));
        return sb.toString();
    }

    /** The TopologyAffinityError condition for the NUMA node the devices (or the merge) chose. */
    private static String condition(Simulate.Outcome outcome, PodResult p, Pod pod) {
        Machine m = outcome.scenario().input().machine();
        int numa = chosenNuma(p, outcome);
        long cpus = 0;
        long memoryBytes = 0;
        for (Container c : pod.containers()) {
            Quantity cpu = c.requests().get("cpu");
            Quantity mem = c.requests().get("memory");
            cpus += cpu == null ? 0 : (cpu.milliValue() + 999) / 1000;
            memoryBytes += mem == null ? 0 : mem.value();
        }
        CpuSet reserved = outcome.result().reservedCpus() == null ? CpuSet.empty() : outcome.result().reservedCpus();
        CpuSet numaCpus = m.topology().cpusInNuma(numa);
        int threads = Math.max(1, m.topology().cpusPerCore());
        long reservedMem = 0;
        for (ReservedMemory rm : outcome.scenario().input().config().reservedMemory()) {
            Quantity q = rm.numaNode() == numa ? rm.limits().get("memory") : null;
            reservedMem += q == null ? 0 : q.value();
        }
        long numaMem = m.numaNodes().get(numa) == null ? 0 : m.numaNodes().get(numa).memoryBytes();
        StringBuilder sb = new StringBuilder("## When it becomes a TopologyAffinityError\n");
        sb.append("Under ").append(outcome.scenario().input().config().topologyManagerPolicy())
                .append(" the pod must fit on NUMA ").append(numa).append(" alone").append(devicesPin(pod, m, numa))
                .append(". It is rejected with ").append(AdmissionError.TOPOLOGY_AFFINITY_ERROR).append(" (\"")
                .append(AdmissionError.TOPOLOGY_AFFINITY_MESSAGE).append("\") unless, at admission time:\n");
        sb.append("- NUMA ").append(numa).append(" has at least ").append(cpus).append(" free CPUs");
        if (threads > 1 && cpus % threads == 0) {
            sb.append(" (").append(cpus / threads).append(" whole cores of ").append(threads).append(" threads)");
        }
        sb.append(" in the shared pool; it has ").append(numaCpus.difference(reserved).size())
                .append(" allocatable (").append(numaCpus.size()).append(" minus reserved ")
                .append(numaCpus.intersects(reserved) ? numaCpus.intersection(reserved).toString() : "none")
                .append(")\n");
        sb.append("- NUMA ").append(numa).append(" has at least ").append(Bytes.human(memoryBytes))
                .append(" of memory free for Guaranteed pods; it has ").append(Bytes.human(numaMem - reservedMem))
                .append(" allocatable (").append(Bytes.human(numaMem)).append(" minus reservedMemory ")
                .append(Bytes.human(reservedMem)).append(")\n");
        return sb.toString();
    }


    private static String devicesPin(Pod pod, Machine m, int numa) {
        StringBuilder sb = new StringBuilder();
        for (Container c : pod.containers()) {
            for (Map.Entry<String, Quantity> e : c.requests().entrySet()) {
                if (e.getKey().contains("/")) {
                    long onNuma = m.devicesOf(e.getKey()).stream()
                            .filter(d -> d.numaNode() != null && d.numaNode() == numa).count();
                    sb.append(", because only NUMA ").append(numa).append(" has ").append(e.getKey()).append(" (")
                            .append(onNuma).append(" there; the pod needs ").append(e.getValue()).append(" free)");
                }
            }
        }
        return sb.toString();
    }

    private static int chosenNuma(PodResult p, Simulate.Outcome outcome) {
        for (ContainerResult c : p.containers()) {
            if (c.mergedHint() != null && c.mergedHint().affinity() != null && !c.mergedHint().affinity().isEmpty()) {
                return c.mergedHint().affinity().ids().get(0);
            }
        }
        return outcome.scenario().input().machine().numaNodeIds().get(0);
    }

    private static Pod pod(Simulate.Outcome outcome, String name) {
        for (Pod pod : outcome.scenario().input().pods()) {
            if (pod.name().equals(name)) {
                return pod;
            }
        }
        return null;
    }
}
