package dev.numaadvisor.app;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.rule.StateCheckpoint;

/**
 * Recognises the kubelet's state files by shape: {@code cpu_manager_state} has policyName and
 * defaultCpuSet, {@code memory_manager_state} has policyName and machineState; both carry a checksum.
 */
final class CheckpointShape {
    private CheckpointShape() {
    }

    /** The checkpoint, or null when the document is not one. */
    static StateCheckpoint recognise(YNode doc) {
        if (!doc.isMap() || !doc.has("policyName")) {
            return null;
        }
        doc.allow(doc.keys().toArray(new String[0]));
        String policy = doc.get("policyName").scalarOrNull();
        if (doc.has("defaultCpuSet")) {
            return new StateCheckpoint(StateCheckpoint.Manager.CPU, policy, doc.get("defaultCpuSet").scalarOrNull(),
                    doc.position());
        }
        if (doc.has("machineState")) {
            return new StateCheckpoint(StateCheckpoint.Manager.MEMORY, policy, "", doc.position());
        }
        return null;
    }
}
