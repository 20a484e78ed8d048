package dev.numaadvisor.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the REPL (and later the LLM) is talking about: one node (topology, devices, kubelet
 * config, optional running state) and the pods to admit, all as plain YAML-shaped Java values
 * in the Scenario contract's field names. Empty topology = no node yet. Copies are deep, so a
 * failed change can simply be dropped and the session stays as it was.
 */
public final class Session {
    private Map<String, Object> topology = new LinkedHashMap<>();
    private List<Map<String, Object>> devices = new ArrayList<>();
    private Map<String, Object> kubeletConfig = ScenarioYaml.baseKubeletConfig();
    private Map<String, Object> state = new LinkedHashMap<>();
    private Map<String, Map<String, Object>> pods = new LinkedHashMap<>();

    public Map<String, Object> topology() {
        return topology;
    }

    public void topology(Map<String, Object> newTopology) {
        topology = new LinkedHashMap<>(newTopology);
    }

    public boolean hasNode() {
        return !topology.isEmpty();
    }

    public List<Map<String, Object>> devices() {
        return devices;
    }

    public Map<String, Object> kubeletConfig() {
        return kubeletConfig;
    }

    public void kubeletConfig(Map<String, Object> config) {
        kubeletConfig = new LinkedHashMap<>(config);
    }

    /** The {@code node.state} block (checkpoints); empty when nothing is running. */
    public Map<String, Object> state() {
        return state;
    }

    /** Pod manifests by name, in the order they are admitted. */
    public Map<String, Map<String, Object>> pods() {
        return pods;
    }

    /** Replaces everything with {@code other}'s content (used to commit a checked change). */
    public void replaceWith(Session other) {
        Session c = other.copy();
        topology = c.topology;
        devices = c.devices;
        kubeletConfig = c.kubeletConfig;
        state = c.state;
        pods = c.pods;
    }

    public void reset() {
        replaceWith(new Session());
    }

    @SuppressWarnings("unchecked")
    public Session copy() {
        Session s = new Session();
        s.topology = (Map<String, Object>) DeepCopy.of(topology);
        s.devices = (List<Map<String, Object>>) DeepCopy.of(devices);
        s.kubeletConfig = (Map<String, Object>) DeepCopy.of(kubeletConfig);
        s.state = (Map<String, Object>) DeepCopy.of(state);
        s.pods = (Map<String, Map<String, Object>>) DeepCopy.of(pods);
        return s;
    }

    /** The session as a Scenario document (contract v1). */
    public String toScenarioYaml() {
        return ScenarioYaml.render(this);
    }
}
