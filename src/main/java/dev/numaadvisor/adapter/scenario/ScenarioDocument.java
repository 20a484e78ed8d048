package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.core.admission.SimulationInput;
import java.util.List;

/**
 * A Scenario file as read: the simulation input, the node's hardware as written (topology
 * record and devices), the config document (positions for findings), the pod documents, and the
 * raw {@code expected} block (plain Java values; null when absent).
 */
public record ScenarioDocument(String name, String file, SimulationInput input, NodeHardware hardware,
                               KubeletConfigDocument configDocument, List<PodDocument> podDocuments,
                               Object expected, boolean usesHarness) {
    public ScenarioDocument {
        podDocuments = List.copyOf(podDocuments);
    }
}
