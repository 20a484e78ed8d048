package dev.numaadvisor.app.understand;

import dev.numaadvisor.app.session.RunningState;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;
import java.util.TreeMap;

/** The one place resolved facts enter the session. */
public final class SessionPlan {
    private SessionPlan() {
    }

    public static void node(Session s, NodePlan n) {
        s.node(n.topology(), n.devices());
    }

    public static void pods(Session s, List<ScenarioPod> pods) {
        s.clearPods();
        addPods(s, pods);
    }

    /** Adds (or replaces, by name) pods, keeping the others in their order. */
    public static void addPods(Session s, List<ScenarioPod> pods) {
        pods.forEach(s::putPod);
    }

    /**
     * CPUs said to be busy, in logical CPUs per NUMA node; the session turns them into a
     * cpu_manager_state when it simulates. Only the static CPU Manager keeps such a checkpoint:
     * under none the CPUs are shared anyway, so nothing is recorded.
     */
    public static void busy(Session s, List<Busy> busy, NodePlan n) {
        TreeMap<Integer, Integer> cpus = new TreeMap<>();
        if ("static".equals(s.config().config().cpuManagerPolicy())) {
            for (Busy b : busy) {
                if (b.socket() && n.numaNodesPerSocket() > 1) {
                    throw new IllegalArgumentException(b.place() + " has " + n.numaNodesPerSocket()
                            + " NUMA nodes: on which are the busy CPUs? (say \"NUMA " + b.numaNode() * n.numaNodesPerSocket()
                            + " has " + b.count() + (b.cores() ? " cores" : " CPUs") + " busy\")");
                }
                cpus.merge(b.numaNode(), b.cpus(n.threadsPerCore()), Integer::sum);
            }
        }
        RunningState st = s.state();
        s.state(new RunningState(st.cpuCheckpoint(), st.memoryCheckpoint(), st.runningPods(), cpus));
    }
}
