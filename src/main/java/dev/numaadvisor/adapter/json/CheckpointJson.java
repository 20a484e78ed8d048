package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryBlock;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryTable;
import dev.numaadvisor.core.memory.NumaNodeState;

/** Renders checkpoints in the kubelet's own file shapes, so users can diff them with real files. */
public final class CheckpointJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CheckpointJson() {
    }

    public static JsonNode cpu(CpuManagerCheckpoint c) {
        if (c == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("policyName", c.policyName());
        o.put("defaultCpuSet", c.defaultCpuSet().toString());
        if (!c.entries().isEmpty()) {
            ObjectNode entries = o.putObject("entries");
            c.entries().forEach((pod, containers) -> {
                ObjectNode p = entries.putObject(pod);
                containers.forEach((name, set) -> p.put(name, set.toString()));
            });
        }
        o.put("checksum", c.checksum());
        return o;
    }

    public static JsonNode memory(MemoryManagerCheckpoint c) {
        if (c == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("policyName", c.policyName());
        ObjectNode machine = o.putObject("machineState");
        c.machineState().forEach((id, state) -> machine.set(String.valueOf(id), numa(state)));
        if (!c.entries().isEmpty()) {
            ObjectNode entries = o.putObject("entries");
            c.entries().forEach((pod, containers) -> {
                ObjectNode p = entries.putObject(pod);
                containers.forEach((name, blocks) -> {
                    ArrayNode a = p.putArray(name);
                    for (MemoryBlock b : blocks) {
                        ObjectNode bo = a.addObject();
                        ArrayNode aff = bo.putArray("numaAffinity");
                        b.numaAffinity().forEach(aff::add);
                        bo.put("type", b.type());
                        bo.put("size", b.size());
                    }
                });
            });
        }
        o.put("checksum", c.checksum());
        return o;
    }

    private static ObjectNode numa(NumaNodeState s) {
        ObjectNode o = F.objectNode();
        o.put("numberOfAssignments", s.numberOfAssignments());
        ObjectNode map = o.putObject("memoryMap");
        s.memoryMap().forEach((resource, t) -> map.set(resource, table(t)));
        ArrayNode cells = o.putArray("cells");
        s.cells().forEach(cells::add);
        return o;
    }

    private static ObjectNode table(MemoryTable t) {
        ObjectNode o = F.objectNode();
        o.put("total", t.total());
        o.put("systemReserved", t.systemReserved());
        o.put("allocatable", t.allocatable());
        o.put("reserved", t.reserved());
        o.put("free", t.free());
        return o;
    }
}
