package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.ExplicitTopology;
import dev.numaadvisor.core.scenario.NumaNodeSpec;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a {@link Session} as a Scenario document, and YAML-shaped values as block YAML. Only
 * for what leaves the session as text: /save, /config show and the showSession tool. Busy CPUs
 * are written as the cpu_manager_state they stand for (the contract has no busyCpus field).
 */
public final class ScenarioYaml {
    private ScenarioYaml() {
    }

    static String render(Session s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", ScenarioReader.API_VERSION);
        doc.put("kind", "Scenario");
        doc.put("name", SessionInput.NAME);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("topology", s.hasNode() ? topology(s.topology()) : new LinkedHashMap<>());
        if (!s.devices().isEmpty()) {
            node.put("devices", devices(s.devices()));
        }
        node.put("kubeletConfig", s.config().fields());
        Map<String, Object> state = state(s);
        if (!state.isEmpty()) {
            node.put("state", state);
        }
        doc.put("node", node);
        doc.put("pods", pods(s.pods()));
        return dump(doc);
    }

    static Map<String, Object> topology(TopologySpec t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t instanceof CompactTopology) {
            CompactTopology c = (CompactTopology) t;
            m.put("sockets", c.sockets());
            m.put("coresPerSocket", c.coresPerSocket());
            m.put("threadsPerCore", c.threadsPerCore());
            m.put("numaNodesPerSocket", c.numaNodesPerSocket());
            if (c.memoryPerNumaNode() != null) {
                m.put("memoryPerNumaNode", c.memoryPerNumaNode().text());
            }
            if (!c.hugepagesPerNumaNode().isEmpty()) {
                m.put("hugepagesPerNumaNode", quantities(c.hugepagesPerNumaNode()));
            }
        } else if (t instanceof ExplicitTopology) {
            List<Object> cpus = new ArrayList<>();
            for (CpuInfo c : t.cpus()) {
                Map<String, Object> cpu = new LinkedHashMap<>();
                cpu.put("id", c.id());
                cpu.put("core", c.core());
                cpu.put("socket", c.socket());
                cpu.put("numaNode", c.numaNode());
                cpu.put("uncoreCache", c.uncoreCache());
                cpus.add(cpu);
            }
            m.put("cpus", cpus);
        } else {
            throw new AssertionError(t);
        }
        if (!t.extraNumaNodes().isEmpty()) {
            m.put("numaNodes", numaNodes(t.extraNumaNodes()));
        }
        if (!t.distances().isEmpty()) {
            m.put("distances", distances(t.distances()));
        }
        return m;
    }

    private static List<Object> numaNodes(List<NumaNodeSpec> nodes) {
        List<Object> out = new ArrayList<>();
        for (NumaNodeSpec n : nodes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            if (n.memory() != null) {
                m.put("memory", n.memory().text());
            }
            if (n.hugepages() != null) {
                m.put("hugepages", quantities(n.hugepages()));
            }
            out.add(m);
        }
        return out;
    }

    /** The map form {id: [distance to node 0, to node 1, …]}, rows indexed by node id as read. */
    private static Map<Object, Object> distances(Map<Integer, Map<Integer, Integer>> d) {
        Map<Object, Object> out = new LinkedHashMap<>();
        d.forEach((from, row) -> out.put(from, new ArrayList<>(row.values())));
        return out;
    }

    private static List<Object> devices(List<Device> devices) {
        List<Object> out = new ArrayList<>();
        for (Device d : devices) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resource", d.resource());
            m.put("id", d.id());
            if (d.numaNode() != null) {
                m.put("numaNode", d.numaNode());
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> state(Session s) {
        RunningState r = s.state();
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.cpuCheckpoint() != null) {
            m.put("cpuManagerCheckpoint", r.cpuCheckpoint().document());
        } else if (!r.busyCpus().isEmpty() && s.hasNode()) {
            m.put("cpuManagerCheckpoint", cpuCheckpoint(SessionInput.document(s).input().cpuCheckpoint()));
        }
        if (r.memoryCheckpoint() != null) {
            m.put("memoryManagerCheckpoint", r.memoryCheckpoint().document());
        }
        if (!r.runningPods().isEmpty()) {
            m.put("pods", pods(r.runningPods()));
        }
        return m;
    }

    /** The kubelet's cpu_manager_state shape. */
    private static Map<String, Object> cpuCheckpoint(CpuManagerCheckpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policyName", c.policyName());
        m.put("defaultCpuSet", c.defaultCpuSet().toString());
        Map<String, Object> entries = new LinkedHashMap<>();
        c.entries().forEach((pod, containers) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            containers.forEach((name, set) -> p.put(name, set.toString()));
            entries.put(pod, p);
        });
        m.put("entries", entries);
        m.put("checksum", c.checksum());
        return m;
    }

    private static List<Object> pods(List<ScenarioPod> pods) {
        List<Object> out = new ArrayList<>();
        pods.forEach(p -> out.add(PodManifests.manifest(p)));
        return out;
    }

    private static Map<String, Object> quantities(Map<String, Quantity> q) {
        Map<String, Object> m = new LinkedHashMap<>();
        q.forEach((k, v) -> m.put(k, v.text()));
        return m;
    }

    public static String dump(Object value) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setSplitLines(false);
        return new Yaml(o).dump(value);
    }
}
