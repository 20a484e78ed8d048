package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.scenario.NodeMachine;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What the REPL (and the LLM tools) are talking about: one node (topology, devices), its kubelet
 * config, what already runs on it, and the pods to admit in order. Every part is an immutable,
 * validated value; a setter checks its value and then replaces the old one, or throws and leaves
 * the session as it was. So a copy is cheap (it shares the values) and a multi-step change is
 * made on a copy and committed with {@link #replaceWith}. No topology = no node yet.
 */
public final class Session {
    private TopologySpec topology;
    private List<Device> devices = List.of();
    private SessionConfig config = SessionConfig.defaults();
    private RunningState state = RunningState.EMPTY;
    private List<ScenarioPod> pods = List.of();

    /** The node's CPUs and NUMA nodes; null before a node is set. */
    public TopologySpec topology() {
        return topology;
    }

    public boolean hasNode() {
        return topology != null;
    }

    public List<Device> devices() {
        return devices;
    }

    /** Sets the node; throws IllegalArgumentException when a device names a NUMA node it lacks. */
    public void node(TopologySpec newTopology, List<Device> newDevices) {
        if (newTopology == null) {
            throw new IllegalArgumentException("a node needs a topology");
        }
        NodeMachine.of(newTopology, newDevices);
        topology = newTopology;
        devices = List.copyOf(newDevices);
    }

    /** Replaces the devices of the node already set (checked against it). */
    public void devices(List<Device> newDevices) {
        if (topology == null) {
            throw new IllegalStateException("no node yet: set one before its devices (/node set 2x24x2 gpu@1)");
        }
        node(topology, newDevices);
    }

    public SessionConfig config() {
        return config;
    }

    public void config(SessionConfig newConfig) {
        if (newConfig == null) {
            throw new IllegalArgumentException("a session needs a kubelet config");
        }
        config = newConfig;
    }

    public RunningState state() {
        return state;
    }

    public void state(RunningState newState) {
        if (newState == null) {
            throw new IllegalArgumentException("a session needs a running state (RunningState.EMPTY)");
        }
        state = newState;
    }

    /** The pods to admit, in order; names are unique. */
    public List<ScenarioPod> pods() {
        return pods;
    }

    /** The pod named {@code name}; null when there is none. */
    public ScenarioPod pod(String name) {
        for (ScenarioPod p : pods) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Adds {@code pod} at the end, or replaces the pod of the same name in place; true when replaced. */
    public boolean putPod(ScenarioPod pod) {
        List<ScenarioPod> next = new ArrayList<>(pods);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).name().equals(pod.name())) {
                next.set(i, pod);
                pods = List.copyOf(next);
                return true;
            }
        }
        next.add(pod);
        pods = List.copyOf(next);
        return false;
    }

    /** False when there is no such pod. */
    public boolean removePod(String name) {
        List<ScenarioPod> next = new ArrayList<>(pods);
        boolean removed = next.removeIf(p -> p.name().equals(name));
        pods = List.copyOf(next);
        return removed;
    }

    public void clearPods() {
        pods = List.of();
    }

    /** Takes over {@code other}'s values (used to commit a change made on a copy). */
    public void replaceWith(Session other) {
        topology = other.topology;
        devices = other.devices;
        config = other.config;
        state = other.state;
        pods = other.pods;
    }

    public void reset() {
        replaceWith(new Session());
    }

    /** An independent session with the same values (they are immutable, so nothing is deep-copied). */
    public Session copy() {
        Session s = new Session();
        s.replaceWith(this);
        return s;
    }

    /** The session as a Scenario document (contract v1), for /save, the showSession tool and lint. */
    public String toScenarioYaml() {
        return ScenarioYaml.render(this);
    }
}
