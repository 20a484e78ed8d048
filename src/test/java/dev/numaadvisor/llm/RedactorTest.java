package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.app.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Redaction out, restoration back: what is hidden, what is kept, and the round trip. */
class RedactorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "node 10.0.3.17 is slow | node IP-1 is slow",
        "ping fe80::1ff:fe23:4567:890a now | ping IP-1 now",
        "host worker-3.dc1.example.com | host HOST-1",
        "on node gpu-node-7 today | on node NODE-1 today",
        "the pod trainer-0 fails | the pod POD-1 fails",
        "namespace ml-team | namespace NS-1",
        "nodeName: gpu-node-7 | nodeName: NODE-1",
        "  name: trainer | name: POD-1"})
    void hides(String in, String expected) {
        assertEquals(expected.strip(), new Redactor(true).redact(in).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"topologyManagerPolicy: single-numa-node", "apiVersion: kubelet.config.k8s.io/v1beta1",
        "nvidia.com/gpu: 1", "NUMA node 1 has CPUs 24-47", "a node with two sockets", "the pod asking 8 CPUs",
        "see knowledge/hint-merge.md", "reservedSystemCPUs: 0,48", "Kubernetes 1.35.0", "NUMA-CPU-002"})
    void keeps(String in) {
        assertEquals(in, new Redactor(true).redact(in));
    }

    @Test
    void sessionNamesAreHiddenEverywhereAndRestored() {
        Session s = new Session();
        s.putPod(PodSpec.parse("db-primary", new java.util.ArrayList<>(List.of("cpu=2", "mem=1Gi"))));
        Redactor r = new Redactor(true);
        r.learn(s);
        String out = r.redact("why is db-primary not pinned? db-primary-2 is fine");
        assertFalse(out.contains("db-primary "), out);
        assertTrue(out.startsWith("why is POD-1 not pinned?"), out);
        assertEquals("why is db-primary not pinned? db-primary-2 is fine", r.restore(out));
    }

    @Test
    void offIsTheIdentity() {
        Redactor r = new Redactor(false);
        assertEquals("node gpu-node-7 at 10.0.0.1", r.redact("node gpu-node-7 at 10.0.0.1"));
        assertEquals("POD-1", r.restore("POD-1"));
    }

    private static final String DESCRIBE = String.join("\n", "Name:               gpu-node-7",
            "Roles:              worker",
            "Labels:             kubernetes.io/hostname=gpu-node-7.dc1.example.com",
            "Addresses:",
            "  InternalIP:  10.1.2.3",
            "  Hostname:    gpu-node-7",
            "Capacity:",
            "  cpu:                96",
            "  memory:             527994080Ki",
            "  nvidia.com/gpu:     4",
            "Allocatable:",
            "  cpu:                94",
            "System Info:",
            "  Machine ID:                 4c4c4544004a4d10804bb4c04f4b3332",
            "  System UUID:                4c4c4544-004a-4d10-804b-b4c04f4b3332",
            "Non-terminated Pods:          (2 in total)",
            "  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests",
            "  ---------                   ----                ------------  ----------  ---------------",
            "  shop                        checkout            4 (4%)        4 (4%)      8Gi (1%)",
            "  payments                    ledger-db           8 (8%)        8 (8%)      16Gi (3%)",
            "Events:                       <none>",
            "link/ether 3c:fd:fe:9e:12:34 brd ff:ff:ff:ff:ff:ff");

    @Test
    void aPastedDescribeNodeSendsNoNameOfTheCluster() {
        Redactor r = new Redactor(true);
        String out = r.redact(DESCRIBE);
        for (String leak : List.of("gpu-node-7", "10.1.2.3", "shop", "checkout", "payments", "ledger-db",
                "4c4c4544004a4d10804bb4c04f4b3332", "4c4c4544-004a-4d10-804b-b4c04f4b3332", "3c:fd:fe:9e:12:34",
                "example.com")) {
            assertFalse(out.contains(leak), leak + " left the machine:\n" + out);
        }
        assertTrue(out.contains("nvidia.com/gpu:     4") && out.contains("Non-terminated Pods:"), out);
        assertEquals(DESCRIBE, r.restore(out));
        assertTrue(r.redact("why is checkout in namespace shop slow?").startsWith("why is POD-"),
                "a paste's names stay hidden later in the session");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the namespace shop | the namespace NS-1",
        "pods in namespace payments are slow | pods in namespace NS-1 are slow"})
    void namespacesWithoutDigitsOrHyphens(String in, String expected) {
        assertEquals(expected.strip(), new Redactor(true).redact(in).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"NUMA-CPU-016\",\"name\":\"unknown-cpu-manager-policy\"}",
        "try whatIf with pod.NAME.cpu=4 or pod.web.memory=2Gi", "{\"name\":\"reservedSystemCPUs\"}",
        "reason: TopologyAffinityError", "sudo systemctl restart kubelet && kubectl get pods -n kube-system"})
    void keepsRuleIdsFieldNamesKeysAndCommandSyntax(String in) {
        assertEquals(in, new Redactor(true).redact(in));
    }

    @Test
    void aGenericPodNameIsHiddenWhereItIsAName() {
        Session s = new Session();
        s.putPod(PodSpec.parse("app", new java.util.ArrayList<>(List.of("cpu=2", "mem=1Gi"))));
        Redactor r = new Redactor(true);
        r.learn(s);
        assertEquals("topology manager: app container, merged hint [1]",
                r.redact("topology manager: app container, merged hint [1]"));
        assertEquals("the pod POD-1 is admitted", r.redact("the pod app is admitted"));
    }
}
