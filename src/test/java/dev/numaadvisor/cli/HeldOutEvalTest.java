package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.llm.LlmSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Questions written by someone who saw neither the answer data nor the tuned eval (issue 12: the
 * eval must not only be the questions it was tuned on). Never tune the answers on these: when one
 * fails, fix the knowledge or the matching for the concept, then write a new held-out question.
 */
class HeldOutEvalTest {
    @Test
    @SuppressWarnings("unchecked")
    void heldOutQuestionsOffline() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/held-out.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> doc = (Map<String, Object>) YamlSource.single("held-out.yaml", text).toJava();
        List<EvalRunner.Question> questions = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("questions")) {
            Map<String, Object> q = (Map<String, Object>) o;
            questions.add(new EvalRunner.Question(String.valueOf(q.get("id")), "held-out", List.of(),
                    String.valueOf(q.get("question")), (List<String>) q.get("facts"), List.of()));
        }
        List<EvalRunner.Score> scores = EvalRunner.score(questions, LlmSetup.OFFLINE);
        long passed = scores.stream().filter(EvalRunner.Score::passed).count();
        System.out.println(EvalRunner.report("offline, held out", scores, true));
        assertTrue(passed >= Math.ceil(scores.size() * FLOOR), "held-out: passed only " + passed + " of " + scores.size());
    }

    /** Runs (session 4): 22 of 50 first, 25 after a routing fix, 34 after answer data written from the concepts (never from these). Raise the floor as the knowledge improves, never by editing the questions. */
    private static final double FLOOR = 0.66;
}
