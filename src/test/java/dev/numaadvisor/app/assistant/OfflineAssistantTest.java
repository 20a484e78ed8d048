package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The question set: every answer must contain its listed facts. For described scenarios the test
 * adds the engine's own numbers (the CPUs it gave the pod, the NUMA node it chose, the CPU count
 * the TopologyAffinityError condition needs), so nothing the engine computes is hard-coded.
 */
class OfflineAssistantTest {
    private static final OfflineAssistant ASSISTANT = new OfflineAssistant();

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> questions() throws Exception {
        List<Map<String, Object>> cases;
        try (InputStream in = getClass().getResourceAsStream("/assistant/questions.yaml")) {
            cases = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(cases.size() >= 20, "at least 20 questions");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            String q = (String) c.get("question");
            tests.add(DynamicTest.dynamicTest(q, () -> check(c)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> c) {
        Session session = new Session();
        String answer = ASSISTANT.answer(session, (String) c.get("question"));
        List<String> facts = new ArrayList<>((List<String>) c.getOrDefault("mustContain", List.of()));
        switch ((String) c.get("kind")) {
            case "scenario":
                facts.addAll(engineFacts(session));
                break;
            case "knowledge":
                assertTrue(answer.contains("(knowledge/"), "cites a page:\n" + answer);
                if (c.get("page") != null) {
                    facts.add((String) c.get("page"));
                }
                break;
            case "unknown":
                facts.add("I don't know");
                facts.add("/explain");
                break;
            default:
                throw new AssertionError(c);
        }
        for (String fact : facts) {
            assertTrue(answer.contains(fact), "missing \"" + fact + "\" in:\n" + answer);
        }
    }

    /** What the engine decided for the extracted pod, in the words the walkthrough must use. */
    private static List<String> engineFacts(Session session) {
        SimulationResult r = SessionRun.run(session).result();
        assertTrue(r.startError() == null, "the drafted config must start: " + r.startError());
        PodResult p = r.pod("app");
        List<String> facts = new ArrayList<>();
        facts.add(p.admitted() ? "ADMITTED" : "REJECTED " + p.reason());
        ContainerResult c = p.containers().get(0);
        if (c.exclusiveCpus()) {
            facts.add("exclusive CPUs " + c.cpus() + " (" + c.cpus().size() + ")");
            facts.add(c.cpus().size() + " free CPUs for the CPU Manager's hint");
        }
        if (r.reservedCpus() != null && !r.reservedCpus().isEmpty()) {
            facts.add("with the drafted kubelet config shown below");
            facts.add("reserved CPUs " + r.reservedCpus() + ")");
        }
        if (c.mergedHint() != null && c.mergedHint().affinity() != null) {
            facts.add("NUMA " + c.mergedHint().affinity().ids().get(0) + " alone");
        }
        return facts;
    }

    @org.junit.jupiter.api.Test
    void theIssueQuestionSaysHowManyWholeCoresNuma1Needs() {
        Session s = new Session();
        String a = ASSISTANT.answer(s, "a node with two sockets of 24 cores, a GPU on NUMA node 1, a Guaranteed pod "
                + "asking 8 CPUs, 16Gi and one GPU, single-numa-node");
        // The numbers are the drafted node's: the config printed is the one simulated.
        SimulationResult r = SessionRun.run(s).result();
        assertTrue(s.config().fields().get("reservedSystemCPUs").equals(r.reservedCpus().toString()), a);
        assertTrue(a.contains("reserved CPUs " + r.reservedCpus()), a);
        assertTrue(a.contains("8 free CPUs for the CPU Manager's hint, which with full-pcpus-only means 4 whole free "
                + "cores of 2 threads"), a);
        // 24 cores x 2 threads is the input; the reserved core lies on NUMA 0, so NUMA 1 keeps all.
        assertTrue(a.contains("NUMA 1 has 48 CPUs, reserved there: none"), a);
        assertFalse(a.contains("kubectl delete") || a.contains("kubectl edit") || a.contains("kubectl apply"), a);
    }

    @org.junit.jupiter.api.Test
    void withoutFullPcpusOnlyAnyFreeCpusCount() {
        Session s = new Session();
        String a = ASSISTANT.answer(s, "a node with two sockets of 24 cores, a GPU on NUMA node 1, a Guaranteed pod "
                + "asking 3 CPUs, 16Gi and one GPU, single-numa-node");
        assertTrue(a.contains("3 free CPUs for the CPU Manager's hint (whole cores are taken first"), a);
        assertFalse(a.contains("whole free cores of"), a);
    }

    @org.junit.jupiter.api.Test
    void aBurstablePodIsReadAsBurstableAndGetsNoExclusiveCpus() {
        Session s = new Session();
        String a = ASSISTANT.answer(s, "a node with two sockets of 24 cores, a Burstable pod asking 8 CPUs and 16Gi, "
                + "single-numa-node");
        assertTrue(a.contains("a Burstable pod"), a);
        assertFalse(a.contains("Guaranteed QoS (limits equal to requests)"), a);
        SimulationResult r = SessionRun.run(s).result();
        assertFalse(r.pods().get(0).containers().get(0).exclusiveCpus(), a);
    }
}
