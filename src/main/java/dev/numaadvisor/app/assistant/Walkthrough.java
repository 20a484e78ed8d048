package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.understand.Bytes;
import dev.numaadvisor.adapter.text.SimulationTextRenderer;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.ConfigView;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Stage;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.topology.MergeWhy;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The plain-English walkthrough of one simulated pod: each provider's hints, the merged hint,
 * admission, the exact condition for a TopologyAffinityError on this node (from the engine's
 * machine and result), the kubelet config, and read-only ways to check a real node.
 */
public final class Walkthrough {
    private Walkthrough() {
    }

    /**
     * {@code outcome} must be the simulation of {@code session} as it is (its kubelet config is
     * the one printed under "Kubelet config the node needs"), so every number shown is the
     * recommended node's.
     */
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
        KubeletConfig config = outcome.scenario().input().config();
        sb.append("## What the managers do\n")
                .append("Simulated on this node with the drafted kubelet config shown below (")
                .append(configSummary(config, r)).append(").\n");
        if (p.podHints() != null) {
            sb.append("pod (").append(config.topologyManagerScope()).append(" scope: one hint for the whole pod):\n");
            sb.append(hints(p.podHints(), p.podHintsTruncated(), p.podHint(),
                    p.containers().isEmpty() ? null : p.containers().get(0).mergeWhy()));
        }
        for (ContainerResult c : p.containers()) {
            sb.append(container(c));
        }
        sb.append("Admission: ").append(admission(p)).append('\n');
        sb.append(shortfalls(p));
        sb.append('\n').append(AffinityCondition.write(outcome, p, pod, chosenNuma(p, outcome)));
        sb.append("\n## Kubelet config the node needs\n```yaml\n").append(ConfigView.yaml(session))
                .append("```\n");
        sb.append(reservations(outcome.scenario().input().machine(), config, r.reservedCpus()));
        sb.append("\n## Verify on a real node (read-only)\n")
                .append("- kubectl describe node NODE   (Allocatable cpu, memory, nvidia.com/gpu)\n")
                .append("- kubectl get events --field-selector reason=").append(AdmissionError.TOPOLOGY_AFFINITY_ERROR)
                .append('\n')
                .append("- cat /var/lib/kubelet/cpu_manager_state   (policyName, defaultCpuSet, entries)\n")
                .append("- cat /var/lib/kubelet/memory_manager_state\n")
                .append("Then /why for the engine's trace, /whatif policy=restricted to compare.\n");
        return sb.toString();
    }

    /** From the typed verdict: numa-advisor's own search limit is not a kubelet rejection. */
    private static String admission(PodResult p) {
        switch (p.verdict()) {
            case ADMITTED:
                return "ADMITTED";
            case NOT_SIMULATED:
                return "NOT SIMULATED (numa-advisor's limit) — " + p.message();
            case REJECTED:
                return "REJECTED " + p.reason() + " — " + p.message();
            default:
                throw new AssertionError(p.verdict());
        }
    }

    /** Which NUMA node could not hold which resource alone, when the Topology Manager rejected. */
    private static String shortfalls(PodResult p) {
        StringBuilder sb = new StringBuilder();
        for (ContainerResult c : p.containers()) {
            if (c.shortfalls().isEmpty() || p.stage() != Stage.TOPOLOGY_MANAGER) {
                continue;
            }
            sb.append("  ").append(p.podHints() != null ? "the pod" : "container " + c.name()).append(':');
            c.shortfalls().forEach(s -> sb.append(" NUMA ").append(s.numaNode()).append(" cannot hold its ")
                    .append(s.resource()).append(" alone;"));
            sb.setLength(sb.length() - 1);
            sb.append('\n');
            if (p.podHints() != null) {
                break;
            }
        }
        return sb.toString();
    }

    private static String configSummary(KubeletConfig c, SimulationResult r) {
        return "cpuManagerPolicy " + c.cpuManagerPolicy()
                + (c.cpuManagerPolicyOptions().isEmpty() ? "" : " " + c.cpuManagerPolicyOptions().keySet())
                + ", memoryManagerPolicy " + c.memoryManagerPolicy() + ", topologyManagerPolicy "
                + c.topologyManagerPolicy() + ", scope " + c.topologyManagerScope() + ", reserved CPUs "
                + (r.reservedCpus() == null || r.reservedCpus().isEmpty() ? "none" : r.reservedCpus().toString());
    }

    /** Why the reservations are what they are, from the config and machine (not from the drafter). */
    private static String reservations(Machine m, KubeletConfig c, CpuSet reserved) {
        StringBuilder sb = new StringBuilder();
        if (reserved != null && !reserved.isEmpty()) {
            TreeSet<Integer> numa = new TreeSet<>();
            TreeSet<Integer> cores = new TreeSet<>();
            boolean whole = true;
            for (int id : reserved.toArray()) {
                numa.add(m.topology().cpu(id).numaNode());
                cores.add(m.topology().cpu(id).core());
            }
            for (int core : cores) {
                whole &= reserved.containsAll(m.topology().cpusInCore(core));
            }
            sb.append("reservedSystemCPUs ").append(reserved).append(" is ").append(cores.size())
                    .append(whole ? " whole core(s)" : " core(s), not all threads").append(" on NUMA ")
                    .append(numa).append(".\n");
        }
        long reservedMem = 0;
        for (ReservedMemory rm : c.reservedMemory()) {
            Quantity q = rm.limits().get("memory");
            reservedMem += q == null ? 0 : q.value();
        }
        if (reservedMem > 0) {
            Quantity sys = c.systemReserved().get("memory");
            Quantity kube = c.kubeReserved().get("memory");
            String eviction = c.evictionHard().get("memory.available");
            sb.append("reservedMemory totals ").append(Bytes.human(reservedMem)).append(" = systemReserved ")
                    .append(sys == null ? "0" : sys).append(kube == null ? "" : " + kubeReserved " + kube)
                    .append(" + evictionHard memory.available ").append(eviction == null ? "0" : eviction)
                    .append(", the sum the Memory Manager requires.\n");
        }
        return sb.toString();
    }

    /** Lists that hold only their first hints (many NUMA nodes) say so, with what was left out. */
    private static String hints(Map<String, List<TopologyHint>> hints, Map<String, String> truncated,
                                TopologyHint merged, MergeWhy why) {
        StringBuilder sb = new StringBuilder();
        hints.forEach((resource, list) -> sb.append("  ").append(manager(resource)).append(" hints for ")
                .append(resource).append(": ").append(list(list))
                .append(truncated.containsKey(resource) ? " … (" + truncated.get(resource) + ")" : "")
                .append('\n'));
        if (merged != null) {
            sb.append("  merged hint: ").append(SimulationTextRenderer.hint(merged))
                    .append(" (✓ preferred, ✗ not preferred)\n");
        }
        if (why != null) {
            sb.append("  why: ").append(why.text()).append('\n');
        }
        return sb.toString();
    }

    private static String container(ContainerResult c) {
        StringBuilder sb = new StringBuilder();
        sb.append("container ").append(c.name()).append(c.init() ? " (init)" : "").append(":\n");
        if (c.hints() != null) {
            sb.append(hints(c.hints(), c.hintsTruncated(), c.mergedHint(), c.mergeWhy()));
        } else if (c.mergedHint() != null) {
            sb.append(hints(Map.of(), Map.of(), c.mergedHint(), null));
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
