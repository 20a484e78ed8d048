package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Alignment;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.Verdict;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.Machine;
import java.util.List;
import java.util.TreeSet;

/**
 * The reply's first lines: whether the pod is admitted, on which NUMA node(s) and socket(s) its
 * pinned CPUs, memory and devices sit, and which CPUs, read off the engine's result. "Will it
 * land on one NUMA node?" and "which CPUs?" are answered before what was understood and how
 * the managers got there.
 */
final class DirectAnswer {
    private DirectAnswer() {
    }

    /** Each pod in the order they arrive. */
    static String write(Simulate.Outcome outcome, List<String> podNames) {
        if (outcome.result().startError() != null) {
            return "## Answer\nThe kubelet would not start with this config, so no pod is admitted: "
                    + outcome.result().startError().getMessage() + "\n\n";
        }
        StringBuilder sb = new StringBuilder();
        for (String name : podNames) {
            PodResult p = outcome.result().pod(name);
            if (p != null) {
                sb.append(pod(outcome, p));
            }
        }
        return sb.length() == 0 ? "" : "## Answer\n" + sb + "\n";
    }

    private static String pod(Simulate.Outcome outcome, PodResult p) {
        StringBuilder sb = new StringBuilder();
        String policy = outcome.scenario().input().config().topologyManagerPolicy();
        if (p.verdict() == Verdict.REJECTED) {
            sb.append("Pod ").append(p.name()).append(" is rejected under ").append(policy).append(": ").append(p.reason())
                    .append(" (\"").append(p.message()).append("\")").append(OtherPods.lacking(p)).append(".\n");
            return sb.toString();
        }
        if (p.verdict() == Verdict.NOT_SIMULATED) {
            return sb.append("Pod ").append(p.name()).append(" was not simulated: ").append(p.message()).append('\n').toString();
        }
        Machine m = outcome.scenario().input().machine();
        TreeSet<Integer> numa = new TreeSet<>();
        TreeSet<Integer> sockets = new TreeSet<>();
        boolean shared = false;
        for (ContainerResult c : p.containers()) {
            if (c.init()) {
                continue;
            }
            numa.addAll(Alignment.heldNodes(c, m));
            if (c.exclusiveCpus() && c.cpus() != null) {
                sockets.addAll(m.topology().distinct(CpuInfo::socket, c.cpus()));
            } else {
                shared = true;
            }
        }
        sb.append("Pod ").append(p.name()).append(" is admitted under ").append(policy);
        if (numa.isEmpty()) {
            sb.append(", with nothing pinned to a NUMA node");
        } else {
            sb.append(numa.size() == 1 ? ", on NUMA " + numa.first() + " alone" : ", across NUMA nodes " + list(numa));
            if (m.topology().numSockets() > 1 && !sockets.isEmpty()) {
                String cpus = numa.size() == 1 ? "" : "its CPUs on ";
                sb.append(sockets.size() == 1 ? " (" + cpus + "socket " + sockets.first() + ")" : " (" + cpus + "sockets " + list(sockets) + ")");
            }
        }
        sb.append(".\n");
        for (ContainerResult c : p.containers()) {
            if (!c.init()) {
                sb.append("- ").append(c.name()).append(": ").append(placement(m, c)).append('\n');
            }
        }
        if (shared) {
            sb.append("A container without exclusive CPUs runs on the shared pool: only Guaranteed pods with whole CPUs"
                    + " get CPUs of their own.\n");
        }
        return sb.toString();
    }

    private static String placement(Machine m, ContainerResult c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.exclusiveCpus() && c.cpus() != null ? "exclusive CPUs " + c.cpus() : "CPUs from the shared pool");
        if (c.memory() != null && !c.memory().numaNodes().isEmpty()) {
            sb.append(", memory on NUMA ").append(list(c.memory().numaNodes()));
        }
        if (c.devices() != null) {
            c.devices().forEach((resource, ids) -> {
                sb.append(", ").append(resource).append(' ').append(String.join(",", ids));
                TreeSet<Integer> at = Alignment.deviceNodes(m, resource, ids);
                if (!at.isEmpty()) {
                    sb.append(" (NUMA ").append(list(at)).append(')');
                }
            });
        }
        return sb.toString();
    }

    private static String list(Iterable<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(id);
        }
        return sb.toString();
    }
}
