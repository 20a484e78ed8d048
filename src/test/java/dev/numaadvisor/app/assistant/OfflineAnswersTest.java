package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The direct answers of knowledge/answers/, matched by BM25 alone (no embedder: what a site
 * without the model gets): the examples lead with the answer, noise is not understood,
 * an off-topic question offers the nearest topics, and every card is well formed.
 */
class OfflineAnswersTest {
    private static final OfflineAssistant ASSISTANT = new OfflineAssistant();

    private static String ask(String question) {
        return ASSISTANT.answer(new Session(), question);
    }

    @Test
    void fullPcpusOnlyLeadsWithWholeCoresAndTheError() {
        String a = ask("what does full-pcpus-only do?");
        String first = a.lines().findFirst().orElseThrow();
        assertTrue(first.contains("whole physical cores") && first.contains("SMTAlignmentError")
                && first.contains("multiple of the threads per core"), a);
        assertTrue(a.contains("Pages: ") && a.contains("(knowledge/cpu-manager-policy-options.md)"), a);
    }

    @Test
    void numaNodeLimitIsEightThenTheOption() {
        String first = ask("how many NUMA nodes does the topology manager support?").lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("8 NUMA nodes by default") && first.contains("max-allowable-numa-nodes"), first);
    }

    @Test
    void scopesDifferByHintPerPodOrPerContainer() {
        String first = ask("what is the difference between pod and container scope?").lines().findFirst().orElseThrow();
        assertTrue(first.contains("one per container") && first.contains("one hint per pod"), first);
    }

    @Test
    void reservedMemorySumNamesAllThreeParts() {
        String first = ask("what must reservedMemory add up to?").lines().findFirst().orElseThrow();
        for (String part : List.of("summed over all NUMA nodes", "kubeReserved", "systemReserved", "evictionHard",
                "memory.available")) {
            assertTrue(first.contains(part), part + " in " + first);
        }
    }

    @Test
    void aLongPasteOfNoiseIsNotUnderstood() {
        String a = ask("qz8 ~~ vvk@@ 77x# plorb zzt brm kk!! 0x1f ;; ".repeat(115));
        assertTrue(a.startsWith("I did not understand"), a);
        assertTrue(a.length() < 400, "the paste is not echoed back whole");
    }

    @Test
    void anOffTopicQuestionOffersTheNearestTopics() {
        String a = ask("what is the best way to tune a postgres database for numa memory?");
        assertTrue(a.startsWith("I don't know that"), a);
        assertTrue(a.contains("nearest topics") && a.contains("/explain"), a);
    }

    @Test
    void everyCardIsWellFormedAndLinksRealPages() {
        List<AnswerCard> cards = AnswerCards.load();
        assertTrue(cards.size() >= 100, "cards: " + cards.size());
        Set<String> pages = new HashSet<>();
        ASSISTANT.index().pages().forEach(p -> pages.add(p.path()));
        Set<String> ids = new HashSet<>();
        for (AnswerCard c : cards) {
            assertTrue(ids.add(c.id()), "duplicate card " + c.id());
            c.pages().forEach(p -> assertTrue(pages.contains(p), c.id() + " links " + p));
            long sentences = c.answer().split("(?<=[.!?])\\s+(?=[A-Z`])").length;
            assertTrue(sentences <= 3, c.id() + " answers in " + sentences + " sentences");
        }
    }

    @Test
    void eachCardIsFoundByItsOwnFirstQuestion() {
        AnswerIndex index = new AnswerIndex(AnswerCards.load(), null);
        List<String> wrong = new ArrayList<>();
        for (AnswerCard c : AnswerCards.load()) {
            List<AnswerIndex.Match> ranked = index.rank(c.asks().get(0));
            if (ranked.isEmpty() || !ranked.get(0).card().id().equals(c.id()) || !index.confident(ranked.get(0))) {
                wrong.add(c.id() + " → " + (ranked.isEmpty() ? "nothing" : ranked.get(0).card().id()));
            }
        }
        assertEquals(List.of(), wrong);
        assertFalse(index.mode().contains("embeddings"), index.mode());
    }
}
