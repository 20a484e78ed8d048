package dev.numaadvisor.repl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.Busy;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.List;
import java.util.Map;

/**
 * {@code /session json}: what the session holds, one line of JSON — the node with the counts
 * people use (NUMA nodes, CPUs, CPUs per NUMA node …), the pods as the kubelet reads them (QoS
 * included), the kubelet config and the CPUs said to be busy. Scripts and the corpus test read it.
 */
final class SessionJson {
    private SessionJson() {
    }

    static String write(Session s, Conversation c) {
        ObjectNode root = Json.object();
        ObjectNode node = root.putObject("node");
        Map<String, Object> t = s.topology();
        int threads = 1;
        if (t.containsKey("sockets")) {
            int sockets = number(t.get("sockets"));
            int nps = number(t.getOrDefault("numaNodesPerSocket", 1));
            int cps = number(t.get("coresPerSocket"));
            threads = number(t.getOrDefault("threadsPerCore", 1));
            node.put("sockets", sockets).put("numaNodesPerSocket", nps).put("numaNodes", sockets * nps)
                    .put("coresPerSocket", cps).put("cores", sockets * cps).put("threadsPerCore", threads)
                    .put("cpus", sockets * cps * threads).put("coresPerNumaNode", cps / nps)
                    .put("cpusPerNumaNode", cps / nps * threads);
            if (t.get("memoryPerNumaNode") != null) {
                node.put("memoryPerNumaNode", String.valueOf(t.get("memoryPerNumaNode")));
            }
            if (t.get("hugepagesPerNumaNode") instanceof Map) {
                node.set("hugepagesPerNumaNode", Json.fromJava(t.get("hugepagesPerNumaNode")));
            }
        }
        ArrayNode devices = node.putArray("devices");
        for (Map<String, Object> d : s.devices()) {
            Object numa = d.get("numaNode");
            devices.add(d.get("resource") + "@" + (numa == null ? "-" : numa));
        }
        if (!t.containsKey("sockets")) {
            stated(node, c.node());
        }
        ArrayNode pods = root.putArray("pods");
        {
            try {
                List<Pod> read = new java.util.ArrayList<>();
                for (Map<String, Object> manifest : s.pods().values()) {
                    var doc = dev.numaadvisor.adapter.yaml.YamlSource.single("session",
                            dev.numaadvisor.app.session.ScenarioYaml.dump(manifest));
                    dev.numaadvisor.adapter.pod.PodReader.readAll(doc).forEach(d -> read.add(d.pod()));
                }
                for (Pod p : read) {
                    ObjectNode pn = pods.addObject().put("name", p.name()).put("qos", p.qosClass().toString());
                    ArrayNode cs = pn.putArray("containers");
                    for (Container ct : p.containers()) {
                        ObjectNode cn = cs.addObject().put("name", ct.name());
                        ObjectNode req = cn.putObject("requests");
                        ct.requests().forEach((k, v) -> req.put(k, v.toString()));
                        ObjectNode lim = cn.putObject("limits");
                        ct.limits().forEach((k, v) -> lim.put(k, v.toString()));
                    }
                }
            } catch (RuntimeException e) {
                root.put("error", String.valueOf(e.getMessage()));
            }
        }
        root.set("config", Json.fromJava(s.kubeletConfig()));
        ObjectNode busy = root.putObject("busy");
        List<Busy> said = c.busy();
        for (Busy b : said) {
            busy.put(Integer.toString(b.numaNode()), b.cpus(threads));
        }
        return Json.compact(root);
    }

    /** No node could be worked out yet (a question is open): the facts said so far, as said. */
    private static void stated(ObjectNode node, StatedNode n) {
        putIf(node, "sockets", n.sockets());
        putIf(node, "numaNodesPerSocket", n.numaNodesPerSocket());
        putIf(node, "numaNodes", n.numaNodes());
        putIf(node, "coresPerSocket", n.coresPerSocket());
        putIf(node, "cores", n.cores());
        putIf(node, "threadsPerCore", n.threadsPerCore());
        putIf(node, "cpus", n.cpus());
        putIf(node, "cpusPerNumaNode", n.cpusPerNumaNode());
        putIf(node, "coresPerNumaNode", n.coresPerNumaNode());
        if (n.memoryPerNumaNode() != null) {
            node.put("memoryPerNumaNode", n.memoryPerNumaNode().toString());
        }
        if (!n.hugepagesPerNumaNode().isEmpty()) {
            ObjectNode h = node.putObject("hugepagesPerNumaNode");
            n.hugepagesPerNumaNode().forEach((k, v) -> h.put(k, v.toString()));
        }
        ArrayNode devices = node.withArray("devices");
        n.devices().forEach(d -> {
            for (int i = 0; i < d.count(); i++) {
                devices.add(d.resource() + "@" + (d.numaNode() != null ? d.numaNode() : d.noAffinity() ? "-" : "?"));
            }
        });
    }

    private static void putIf(ObjectNode node, String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static int number(Object o) {
        return ((Number) o).intValue();
    }
}
