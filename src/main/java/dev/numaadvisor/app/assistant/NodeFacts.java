package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.StatedDevice;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.scenario.CompactTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A session's compact node (from a paste or {@code /node set}) as if it had been said, so follow-ups can correct it. */
final class NodeFacts {
    private NodeFacts() {
    }

    static StatedNode of(Session s) {
        if (!(s.topology() instanceof CompactTopology t)) {
            return StatedNode.NOTHING;
        }
        List<StatedDevice> devices = new ArrayList<>();
        for (Device d : s.devices()) {
            devices.add(new StatedDevice(d.resource(), d.numaNode(), null, d.numaNode() == null, 1, true));
        }
        return new StatedNode(t.sockets(), t.numaNodesPerSocket(), null, t.coresPerSocket(), null, t.threadsPerCore(),
                null, null, null, t.memoryPerNumaNode(), null, Map.of(), devices, false);
    }
}
