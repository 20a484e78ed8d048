package dev.numaadvisor.repl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.Busy;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.ScenarioContainer;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;

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
        int threads = 1;
        if (s.topology() instanceof CompactTopology t) {
            int nps = t.numaNodesPerSocket();
            threads = t.threadsPerCore();
            node.put("sockets", t.sockets()).put("numaNodesPerSocket", nps).put("numaNodes", t.sockets() * nps)
                    .put("coresPerSocket", t.coresPerSocket()).put("cores", t.sockets() * t.coresPerSocket())
                    .put("threadsPerCore", threads).put("cpus", t.sockets() * t.coresPerSocket() * threads)
                    .put("coresPerNumaNode", t.coresPerSocket() / nps)
                    .put("cpusPerNumaNode", t.coresPerSocket() / nps * threads);
            memory(node, t.memoryPerNumaNode(), t.hugepagesPerNumaNode());
        }
        ArrayNode devices = node.putArray("devices");
        for (Device d : s.devices()) {
            devices.add(d.resource() + "@" + (d.numaNode() == null ? "-" : d.numaNode()));
        }
        if (!s.hasNode()) {
            stated(node, c.node());
        }
        ArrayNode pods = root.putArray("pods");
        for (ScenarioPod p : s.pods()) {
            ObjectNode pn = pods.addObject().put("name", p.name()).put("qos", p.qosClass().toString());
            ArrayNode cs = pn.putArray("containers");
            for (ScenarioContainer sc : p.appContainers()) {
                Container ct = sc.toContainer();
                ObjectNode cn = cs.addObject().put("name", ct.name());
                ObjectNode req = cn.putObject("requests");
                ct.requests().forEach((k, v) -> req.put(k, v.toString()));
                ObjectNode lim = cn.putObject("limits");
                ct.limits().forEach((k, v) -> lim.put(k, v.toString()));
            }
        }
        root.set("config", Json.fromJava(s.config().fields()));
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
        memory(node, n.memoryPerNumaNode(), n.hugepagesPerNumaNode());
        ArrayNode devices = node.withArray("devices");
        n.devices().forEach(d -> {
            for (int i = 0; i < d.count(); i++) {
                devices.add(d.resource() + "@" + (d.numaNode() != null ? d.numaNode() : d.noAffinity() ? "-" : "?"));
            }
        });
    }

    /** Memory and hugepages per NUMA node, whichever are known. */
    private static void memory(ObjectNode node, Quantity memory, java.util.Map<String, Quantity> hugepages) {
        if (memory != null) {
            node.put("memoryPerNumaNode", memory.toString());
        }
        if (!hugepages.isEmpty()) {
            ObjectNode h = node.putObject("hugepagesPerNumaNode");
            hugepages.forEach((k, v) -> h.put(k, v.toString()));
        }
    }

    private static void putIf(ObjectNode node, String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
