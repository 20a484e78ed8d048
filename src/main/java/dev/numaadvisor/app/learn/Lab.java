package dev.numaadvisor.app.learn;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.ConfigView;
import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.Map;
import java.util.TreeMap;

/**
 * A synthetic machine for one exercise, built in its own {@link Session} (the REPL's session is
 * never touched): the node in compact notation, kubelet config fields and pods, then simulated.
 */
final class Lab {
    final Session session = new Session();
    private final String node;
    private Simulate.Outcome outcome;

    Lab(String node) {
        this.node = node;
        SessionPlan.node(session, Said.node(node).plan());
        session.config(session.config().with("cpuManagerPolicy", "static"));
    }

    Lab set(String field, Object value) {
        session.config(session.config().with(field, value));
        return this;
    }

    /** The first core of socket 0 (both threads with SMT), the usual reservedSystemCPUs. */
    Lab reserveFirstCore(int sockets, int cores, int threads) {
        return set("reservedSystemCPUs", threads > 1 ? "0," + sockets * cores : "0");
    }

    Lab pod(String name, String cpu, String gpus, boolean guaranteed) {
        Map<String, Quantity> requests = new TreeMap<>();
        requests.put("cpu", Quantity.parse(cpu));
        requests.put("memory", Quantity.parse("1Gi"));
        if (gpus != null) {
            requests.put(NodeSpec.GPU, Quantity.parse(gpus));
        }
        session.putPod(ScenarioPod.single(name, requests, guaranteed));
        return this;
    }

    /** Simulates once; later calls return the same result (the lab does not change after setup). */
    SimulationResult run() {
        if (outcome == null) {
            outcome = SessionRun.run(session);
        }
        return outcome.result();
    }

    Machine machine() {
        run();
        return outcome.scenario().input().machine();
    }

    /** The node, the config and the pods in words, as the exercise shows them. */
    String setup() {
        StringBuilder sb = new StringBuilder("node ").append(node).append(": ").append(NodeSpec.describe(session))
                .append("\nkubelet: ").append(ConfigView.oneLine(session));
        Object options = session.config().fields().get("cpuManagerPolicyOptions");
        if (options != null) {
            sb.append(", cpuManagerPolicyOptions ").append(options);
        }
        session.pods().forEach(p -> sb.append("\npod ").append(p.name()).append(": ").append(PodSpec.summary(p)));
        return sb.toString();
    }

    static String yesNo(PodResult p) {
        return p.admitted() ? "yes" : "no";
    }
}
