package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.fleet.ConfigOutcome;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.NumaStranding;
import dev.numaadvisor.core.fleet.ShapeOutcome;

/** The fleet report as JSON (shape documented in docs/FLEET.md); key order fixed, bytes reproducible. */
public final class FleetJson {
    private FleetJson() {
    }

    public static ObjectNode render(FleetReport r) {
        ObjectNode root = Json.object();
        root.put("kind", "FleetReport");
        root.put("name", r.name());
        root.put("nodes", r.nodes());
        root.put("pods", r.pods());
        root.put("steps", r.steps());
        root.put("scoring", r.scoring());
        root.put("seed", r.seed());
        ArrayNode configs = root.putArray("configs");
        for (ConfigOutcome o : r.outcomes()) {
            configs.add(outcome(o));
        }
        return root;
    }

    private static ObjectNode outcome(ConfigOutcome o) {
        ObjectNode n = Json.object();
        n.put("name", o.name());
        n.put("topologyManagerPolicy", o.topologyManagerPolicy());
        n.put("topologyManagerScope", o.scope());
        n.put("numaAwareScheduler", o.numaAwareScheduler());
        n.put("startError", o.startError());
        n.put("pods", o.pods());
        n.put("admitted", o.admitted());
        n.put("rejected", o.rejected());
        n.put("unschedulable", o.unschedulable());
        n.put("kubeletRejections", o.kubeletRejections());
        ObjectNode reasons = n.putObject("rejectionsByReason");
        new java.util.TreeMap<>(o.rejectionsByReason()).forEach(reasons::put);
        n.put("topologyAffinityErrors", o.topologyAffinityErrors());
        n.put("admittedCrossNuma", o.admittedCrossNuma());
        n.put("admittedCpuMillis", o.admittedCpuMillis());
        n.put("admittedMemoryBytes", o.admittedMemoryBytes());
        if (o.capacityLostPercent() == null) {
            n.putNull("capacityLostPercent");
        } else {
            n.put("capacityLostPercent", Math.round(o.capacityLostPercent() * 100) / 100.0);
        }
        n.put("strandedCpus", o.strandedCpus());
        n.put("strandedMemoryBytes", o.strandedMemoryBytes());
        ArrayNode numa = n.putArray("stranding");
        for (NumaStranding s : o.stranding()) {
            ObjectNode x = numa.addObject();
            x.put("numaNode", s.numaNode());
            x.put("freeCpus", s.freeCpus());
            x.put("strandedCpus", s.strandedCpus());
            x.put("freeMemoryBytes", s.freeMemoryBytes());
            x.put("strandedMemoryBytes", s.strandedMemoryBytes());
        }
        ArrayNode shapes = n.putArray("shapes");
        for (ShapeOutcome s : o.shapes()) {
            ObjectNode x = shapes.addObject();
            x.put("template", s.template());
            x.put("shape", s.shape());
            x.put("pods", s.pods());
            x.put("admitted", s.admitted());
            x.put("placedThenRejected", s.placedThenRejected());
            x.put("kubeletRejections", s.kubeletRejections());
            x.put("neverAdmitted", s.neverAdmitted());
        }
        return n;
    }
}
