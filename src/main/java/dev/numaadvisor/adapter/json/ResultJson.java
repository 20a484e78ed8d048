package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.NodeFinding;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.memory.ContainerMemory;
import java.util.List;
import java.util.Map;

/** Renders a {@link SimulationResult} as the contract's result JSON. */
public final class ResultJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ResultJson() {
    }

    public static ObjectNode of(SimulationResult r) {
        ObjectNode root = F.objectNode();
        ObjectNode node = root.putObject("node");
        node.put("numaNodes", r.numaNodes());
        node.put("sockets", r.sockets());
        node.put("cpus", r.cpus());
        if (r.reservedCpus() == null) {
            node.putNull("reservedCPUs");
        } else {
            node.put("reservedCPUs", r.reservedCpus().toString());
        }
        // Extension: node allocatable in the units of the kubelet's OutOf messages (cpu in
        // millicores, memory and hugepages in bytes, devices and pods as counts).
        if (r.allocatable() == null) {
            node.putNull("allocatable");
        } else {
            ObjectNode allocatable = node.putObject("allocatable");
            r.allocatable().byName().forEach(allocatable::put);
        }
        ArrayNode findings = node.putArray("findings");
        for (NodeFinding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity());
            o.put("message", f.message());
        }
        if (r.startError() != null) {
            ObjectNode e = node.putObject("kubeletStartError");
            e.put("message", r.startError().getMessage());
            e.put("rule", r.startError().rule());
        } else {
            node.putNull("kubeletStartError");
            ObjectNode state = node.putObject("state");
            state.set("cpuManagerCheckpoint", CheckpointJson.cpu(r.cpuCheckpoint()));
            state.set("memoryManagerCheckpoint", CheckpointJson.memory(r.memoryCheckpoint()));
        }
        ArrayNode pods = root.putArray("pods");
        for (PodResult p : r.pods()) {
            pods.add(pod(p));
        }
        ArrayNode trace = root.putArray("trace");
        r.trace().forEach(trace::add);
        return root;
    }

    private static ObjectNode pod(PodResult p) {
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        o.put("qosClass", p.qosClass().name());
        o.put("admitted", p.admitted());
        o.put("reason", p.reason());
        o.put("message", p.message());
        o.put("statusMessage", p.statusMessage());
        if (p.podHints() != null) {
            o.set("hints", hints(p.podHints()));
            truncated(o, p.podHintsTruncated());
            o.set("podHint", hint(p.podHint()));
        }
        ArrayNode cs = o.putArray("containers");
        for (ContainerResult c : p.containers()) {
            cs.add(container(c));
        }
        return o;
    }

    private static ObjectNode container(ContainerResult c) {
        ObjectNode o = F.objectNode();
        o.put("name", c.name());
        o.put("init", c.init());
        o.put("exclusiveCPUs", c.exclusiveCpus());
        o.set("hints", c.hints() == null ? F.nullNode() : hints(c.hints()));
        truncated(o, c.hintsTruncated());
        o.set("mergedHint", hint(c.mergedHint()));
        o.put("cpus", c.cpus() == null ? null : c.cpus().toString());
        o.set("memory", memory(c.memory()));
        if (c.devices() == null) {
            o.putNull("devices");
        } else {
            ObjectNode d = o.putObject("devices");
            c.devices().forEach((res, ids) -> {
                ArrayNode a = d.putArray(res);
                ids.forEach(a::add);
            });
        }
        return o;
    }

    private static JsonNode memory(ContainerMemory m) {
        if (m == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        ArrayNode nodes = o.putArray("numaNodes");
        m.numaNodes().forEach(nodes::add);
        ObjectNode bytes = o.putObject("bytes");
        m.bytes().forEach(bytes::put);
        return o;
    }

    /**
     * Extension {@code hintsTruncated}, only when some list holds just its first hints (machines
     * with more NUMA nodes than are listed in full): resource -> what was left out, in words.
     */
    private static void truncated(ObjectNode o, Map<String, String> truncated) {
        if (!truncated.isEmpty()) {
            ObjectNode t = o.putObject("hintsTruncated");
            truncated.forEach(t::put);
        }
    }

    public static ObjectNode hints(Map<String, List<TopologyHint>> hints) {
        ObjectNode o = F.objectNode();
        hints.forEach((resource, list) -> {
            if (list == null) {
                ArrayNode a = o.putArray(resource);
                a.add(hint(TopologyHint.DONT_CARE));
            } else {
                ArrayNode a = o.putArray(resource);
                list.forEach(h -> a.add(hint(h)));
            }
        });
        return o;
    }

    public static JsonNode hint(TopologyHint h) {
        if (h == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        if (h.affinity() == null) {
            o.putNull("affinity");
        } else {
            ArrayNode a = o.putArray("affinity");
            h.affinity().ids().forEach(a::add);
        }
        o.put("preferred", h.preferred());
        return o;
    }
}
