package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.understand.Understand;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offline answers to phrasings no card holds, BM25 alone: a story that quotes settings and numbers
 * is answered from the knowledge base (only a whole scenario is simulated), the question's own
 * numbers are worked out first, typos are read, and the supporting paragraph is about the question.
 */
class GeneralisingAnswersTest {
    private static final OfflineAssistant ASSISTANT = new OfflineAssistant();

    private static String ask(String question) {
        return ASSISTANT.answer(new Session(), question);
    }

    private static void knowledge(String a) {
        assertFalse(a.contains("Before I simulate") || a.contains("To simulate, I also need") || a.contains("What I understood"), a);
        assertTrue(a.contains("Pages: "), a);
    }

    @Test
    void aStoryWithSettingsAndNumbersButNoNodeIsAnsweredNotSimulated() {
        String a = ask("cpuManagerPolicy is static but my container still sees every cpu … request 4 limit 4, "
                + "memory request 4Gi limit 8Gi — why isn't it pinned");
        knowledge(a);
        assertTrue(a.startsWith("From what you describe: a memory request of 4Gi with a limit of 8Gi makes the pod Burstable"), a);
        for (String story : List.of(
                "kubelet fails to decode my config, I wrote cpuManagerPolicyOptions with full-pcpus-only: true",
                "turned on L3 as NUMA in the bios, now the box has 16 numa nodes and kubelet won't start",
                "reservedSystemCPUs 0-1 but pods still run on cpu 0",
                "best-effort policy pod misaligned no event",
                "with full-pcpus-only, what happens to a container asking for 3 CPUs on an SMT node?")) {
            knowledge(ask(story));
        }
    }

    @Test
    void aWholeScenarioIsStillSimulated() {
        String a = ask("a node with two sockets of 16 cores, a Guaranteed pod asking 4 CPUs and 8Gi, single-numa-node. why?");
        assertTrue(a.contains("Admission: ADMITTED"), a);
    }

    @Test
    void nextToASimulatedScenarioAQuestionItsFactsCannotTakeIsAnsweredAndAWhatIfIsSimulated() {
        OfflineAssistant assistant = new OfflineAssistant();
        Session session = new Session();
        assistant.answer(session, "a node with two sockets of 24 cores, a GPU on NUMA node 1, a Guaranteed pod asking 8 CPUs, "
                + "16Gi and one GPU, single-numa-node");
        assertTrue(session.hasNode() && !session.pods().isEmpty());
        String a = assistant.answer(session, "why isn't my other pod with 3500m pinned?");
        assertTrue(a.startsWith("From what you describe: a CPU request of 3500m is not a whole number"), a);
        assertTrue(assistant.answer(session, "what if restricted?").contains("Before and after"));
    }

    @Test
    void aStatementOfFactsStillGoesToTheDialog() {
        String a = ask("pod with 4 cpus and memory 16 parsecs");
        assertTrue(a.contains("16 parsecs"), a);
    }

    @Test
    void reservedMemoryIsSummedFromTheQuestionsOwnNumbers() {
        String a = ask("kubeReserved memory 2Gi and systemReserved memory 512Mi, how much reservedMemory do I need?");
        assertTrue(a.startsWith("From what you describe: kubeReserved 2Gi + systemReserved 512Mi + the eviction threshold "
                + "100Mi (the default `memory.available`) = 2660Mi"), a);
        assertTrue(a.contains("1330Mi on each of two NUMA nodes"), a);
        String b = ask("evictionHard memory.available 500Mi, kubeReserved memory=1Gi, systemReserved memory=1Gi: what must "
                + "reservedMemory add up to?");
        assertTrue(b.contains("= 2548Mi"), b);
        assertNull(StoryNotes.reservedMemory("kubeReserved memory 1Gi, what does the cpu manager do?"));
    }

    @Test
    void aFractionalCpuAndPolicyNoneAreSaidFirst() {
        assertTrue(ask("my guaranteed pod asks 2500m cpu, why no exclusive cores").startsWith(
                "From what you describe: a CPU request of 2500m is not a whole number of CPUs"));
        String a = ask("Guaranteed pod, cpu 4, memory 8Gi, not pinned, cpuManagerPolicy none");
        assertTrue(a.startsWith("From what you describe: with `cpuManagerPolicy: none`"), a);
        assertTrue(a.contains("`cpuManagerPolicy: none` (the default) does no pinning"), a);
        assertEquals("", StoryNotes.notes("what does restricted do?", Understand.read("what does restricted do?")));
    }

    @Test
    void typosAreReadAsTheCardWords() {
        AnswerIndex index = ASSISTANT.answers();
        assertEquals(List.of("static", "cpu", "manager", "policy"),
                index.corrected(List.of("statik", "cpu", "manger", "policy")));
        String a = ask("wat does the statik cpu manger policy do");
        assertTrue(a.startsWith("`cpuManagerPolicy: static` gives exclusive CPUs"), a);
    }

    @Test
    void theDetailComesFromTheQuestionsSectionOrIsLeftOut() {
        String a = ask("what happens with more than 8 NUMA nodes?");
        assertTrue(a.contains("In more detail, from Topology Manager policy options:\n> **max-allowable-numa-nodes**\n> - "), a);
        assertFalse(a.contains("> **prefer-closest-numa-nodes**") || a.contains("> prefer-closest-numa-nodes —"), a);
        for (AnswerCard c : AnswerCards.load()) {
            String answer = ask(c.asks().get(0));
            int at = answer.indexOf("In more detail, from ");
            if (at >= 0) {
                String title = answer.substring(at + "In more detail, from ".length(), answer.indexOf(":\n", at));
                assertTrue(c.pages().stream().anyMatch(p -> title(p).equals(title)),
                        c.id() + " quotes " + title + ", not one of its pages " + c.pages());
            }
        }
    }

    @Test
    void longDomainWordsPassTheShortInputRule() {
        assertTrue(ask("what is cpuManagerReconcilePeriod?").contains("10s"));
        assertTrue(ask("hello there").startsWith("I did not understand"));
    }

    private static String title(String path) {
        return ASSISTANT.index().pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().title();
    }
}
