package dev.numaadvisor.adapter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HintMergeReaderTest {
    private static final String HEAD = "apiVersion: numa-advisor/v1\nkind: HintMerge\n";

    @Test
    void readsTheContractExample() {
        HintMergeDocument doc = HintMergeReader.read("m.yaml", HEAD
                + "numaNodes: [0, 1]\n"
                + "policy: restricted\n"
                + "policyOptions: {prefer-closest-numa-nodes: \"true\"}\n"
                + "distances: [[10, 11], [11, 10]]\n"
                + "kubernetesVersion: \"1.31\"\n"
                + "providers:\n"
                + "  cpu:    [{affinity: [0], preferred: true}, {affinity: [0,1], preferred: false}]\n"
                + "  memory: [{affinity: null, preferred: true}]\n"
                + "  gpu: null\n"
                + "  nic: []\n"
                + "expected: {admit: true}\n");
        assertEquals(List.of(0, 1), doc.numaNodes());
        assertEquals("restricted", doc.policy());
        assertEquals(Map.of("prefer-closest-numa-nodes", "true"), doc.policyOptions());
        assertEquals(11, doc.distances().get(1).get(0));
        assertEquals(new KubeVersion(1, 31), doc.kubernetesVersion());
        assertEquals(List.of("cpu", "memory", "gpu", "nic"), List.copyOf(doc.providers().keySet()));
        assertEquals(List.of(TopologyHint.of(true, 0), TopologyHint.of(false, 0, 1)), doc.providers().get("cpu"));
        assertEquals(List.of(TopologyHint.DONT_CARE), doc.providers().get("memory"));
        assertNull(doc.providers().get("gpu"));
        assertEquals(List.of(), doc.providers().get("nic"));
        assertTrue(doc.expected().get("admit").asBoolean());
    }

    @Test
    void mapFormDistancesForNonContiguousIds() {
        HintMergeDocument doc = HintMergeReader.read("m.yaml", HEAD
                + "numaNodes: [0, 2]\npolicy: best-effort\n"
                + "distances: {0: [10, 11, 12, 12], 2: [12, 12, 10, 11]}\nproviders: {}\n");
        assertEquals(12, doc.distances().get(2).get(0));
        assertEquals(KubeVersion.NEWEST, doc.kubernetesVersion());
        assertNull(doc.expected());
    }

    @Test
    void unknownFieldsAreErrorsWithTheirPosition() {
        InputException e = assertThrows(InputException.class, () -> HintMergeReader.read("bad.yaml", HEAD
                + "numaNodes: [0, 1]\npolicy: none\nproviders:\n  cpu: [{affinity: [0], prefered: true}]\npolcy: x\n"));
        List<String> problems = e.problems().stream().map(Problem::toString).collect(Collectors.toList());
        String all = String.join("\n", problems);
        assertTrue(all.contains("providers.cpu[0].prefered: unknown field \"prefered\": not a field here (bad.yaml:6:25)"),
                all);
        assertTrue(all.contains("did you mean \"preferred\"?"), all);
        assertTrue(all.contains("providers.cpu[0].preferred: required value"), all);
        assertTrue(all.contains("polcy: unknown field \"polcy\": not a field here (bad.yaml:7:1)"), all);
    }

    @Test
    void badValuesAreCollectedTogether() {
        InputException e = assertThrows(InputException.class, () -> HintMergeReader.read("bad.yaml", HEAD
                + "numaNodes: [0, 2, 2, 64]\n"
                + "distances: [[10, 11], [11, 10]]\n"
                + "kubernetesVersion: \"1.99\"\n"
                + "providers:\n  cpu: [{affinity: [3], preferred: yes please}]\n"));
        String all = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(all.contains("numaNodes[2]: duplicate value \"2\""), all);
        assertTrue(all.contains("numaNodes[3]: invalid value \"64\": NUMA node ids go from 0 to 63"), all);
        assertTrue(all.contains("policy: required value"), all);
        assertTrue(all.contains("distances: invalid value: the matrix form needs NUMA node ids 0..1"), all);
        assertTrue(all.contains("kubernetesVersion: unsupported value \"1.99\""), all);
        assertTrue(all.contains("providers.cpu[0].affinity[0]: invalid value \"3\": not one of the numaNodes [0, 2]"), all);
        assertTrue(all.contains("providers.cpu[0].preferred: invalid value \"yes please\""), all);
    }

    @Test
    void wrongKind() {
        InputException e = assertThrows(InputException.class, () -> HintMergeReader.read("s.yaml",
                "kind: Scenario\nnumaNodes: [0]\npolicy: none\nproviders: {}\n"));
        assertEquals("kind: unsupported value \"Scenario\": this command reads kind HintMerge (s.yaml:1:7)",
                e.first().toString());
    }
}
