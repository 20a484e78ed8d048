package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.Verdict;
import java.util.List;

/** One line for each pod after the first (the walkthrough covers the first). */
final class OtherPods {
    private OtherPods() {
    }

    static String write(Simulate.Outcome outcome, List<ScenarioPod> pods) {
        if (pods.size() < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n## The other pods, in the order they arrive\n");
        for (ScenarioPod plan : pods.subList(1, pods.size())) {
            PodResult p = outcome.result().pod(plan.name());
            if (p == null) {
                continue;
            }
            sb.append("- ").append(p.name()).append(": ");
            if (p.verdict() != Verdict.ADMITTED) {
                sb.append(p.verdict() == Verdict.NOT_SIMULATED ? "NOT SIMULATED" : "REJECTED " + p.reason())
                        .append(" — ").append(p.message()).append(lacking(p)).append('\n');
                continue;
            }
            sb.append("ADMITTED");
            for (ContainerResult c : p.containers()) {
                if (!c.init()) {
                    sb.append("; ").append(c.name()).append(c.exclusiveCpus() && c.cpus() != null
                            ? " exclusive CPUs " + c.cpus() : " shared pool")
                            .append(c.mergedHint() == null ? "" : " (merged hint " + c.mergedHint().affinity() + ")");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** " (NUMA 0 lacks cpu, …)" for a Topology Manager rejection: the pod's first shortfalls. */
    static String lacking(PodResult p) {
        for (ContainerResult c : p.containers()) {
            if (!c.shortfalls().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                c.shortfalls().forEach(s -> sb.append(sb.length() == 0 ? " (" : ", ").append("NUMA ")
                        .append(s.numaNode()).append(" lacks ").append(s.resource()));
                return sb.append(')').toString();
            }
        }
        return "";
    }
}
