package dev.numaadvisor.repl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.app.understand.Busy;
import dev.numaadvisor.app.understand.Conversation;
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
        ArrayNode pods = root.putArray("pods");
        if (s.hasNode()) {
            try {
                Simulate.Outcome o = SessionRun.run(s);
                for (Pod p : o.scenario().input().pods()) {
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

    private static int number(Object o) {
        return ((Number) o).intValue();
    }
}
