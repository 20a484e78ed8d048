package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
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
            if (!p.admitted()) {
                sb.append("REJECTED ").append(p.reason()).append(" — ").append(p.message()).append('\n');
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
}
