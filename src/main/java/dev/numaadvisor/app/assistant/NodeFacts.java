package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.StatedDevice;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A session's compact node (from a paste or {@code /node set}) as if it had been said, so follow-ups can correct it. */
final class NodeFacts {
    private NodeFacts() {
    }

    static StatedNode of(Session s) {
        Map<String, Object> t = s.topology();
        if (!t.containsKey("sockets")) {
            return StatedNode.NOTHING;
        }
        List<StatedDevice> devices = new ArrayList<>();
        for (Map<String, Object> d : s.devices()) {
            Object numa = d.get("numaNode");
            devices.add(new StatedDevice(String.valueOf(d.get("resource")), numa == null ? null : ((Number) numa).intValue(),
                    null, numa == null, 1, true));
        }
        Object memory = t.get("memoryPerNumaNode");
        return new StatedNode(integer(t.get("sockets")), integer(t.getOrDefault("numaNodesPerSocket", 1)), null,
                integer(t.get("coresPerSocket")), null, integer(t.getOrDefault("threadsPerCore", 1)), null, null, null,
                memory == null ? null : Quantity.parse(String.valueOf(memory)), null, Map.of(), devices, false);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
