package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.app.learn.Exercise;
import dev.numaadvisor.app.learn.LearnCourse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * /learn through the REPL engine: exercises are deterministic per seed, every template yields a
 * gradable answer from the simulator, right and wrong answers are told apart with the trace as
 * the explanation, and the REPL's own session is left exactly as it was.
 */
class LearnReplTest {
    @Test
    void everyTemplateGivesAGradableDeterministicExercise() {
        assertTrue(LearnCourse.templateCount() >= 8);
        Set<String> templates = new HashSet<>();
        Set<String> answers = new HashSet<>();
        for (long seed = 1; seed <= 3; seed++) {
            for (int i = 0; i < LearnCourse.templateCount(); i++) {
                Exercise e = LearnCourse.exercise(seed, i);
                assertEquals(e, LearnCourse.exercise(seed, i), "same seed, same exercise");
                assertNotEquals("none", e.expected(), e.toString());
                assertTrue(!e.trace().isEmpty(), e.toString());
                templates.add(e.template());
                answers.add(e.template() + "=" + e.expected());
            }
        }
        assertEquals(LearnCourse.templateCount(), templates.size());
        assertTrue(answers.size() > templates.size(), "seeds vary the answers: " + answers);
    }

    @Test
    void rightAndWrongAnswersAreGradedByTheSimulator() {
        ReplEngine e = new ReplEngine(Style.plain());
        String first = e.handle("/learn");
        assertTrue(first.contains("Exercise 1 ("), first);
        Exercise ex = LearnCourse.exercise(LearnCourse.DEFAULT_SEED, 0);
        assertTrue(first.contains(ex.question()), first);
        String right = e.handle(ex.expected());
        assertTrue(right.startsWith("Right: " + ex.expected()), right);
        assertTrue(right.contains("Why, in the simulator's words:\n  " + ex.trace().get(0)), right);
        assertTrue(right.contains("Exercise 2 ("), right);

        Exercise second = LearnCourse.exercise(LearnCourse.DEFAULT_SEED, 1);
        String wrong = e.handle(wrongAnswer(second));
        assertTrue(wrong.startsWith("Not quite: the simulator says " + second.expected()), wrong);
        assertTrue(e.handle("what?").contains("That is not"), "junk keeps the exercise open");
        String skipped = e.handle("/learn skip");
        assertTrue(skipped.startsWith("Skipped. The answer is "
                + LearnCourse.exercise(LearnCourse.DEFAULT_SEED, 2).expected()), skipped);
        assertTrue(e.handle("/learn stop").contains("1 right"));
        assertTrue(e.handle("/learn").contains("Exercise 4 ("), "continues where it stopped");
    }

    @Test
    void theReplSessionIsNotDisturbed() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x24x2 gpu@1");
        e.handle("/pod add app cpu=8 mem=16Gi gpu=1");
        String before = e.session().toScenarioYaml();
        e.handle("/learn seed 7");
        e.handle("/learn skip");
        e.handle(LearnCourse.exercise(7, 1).expected());
        e.handle("/learn stop");
        assertEquals(before, e.session().toScenarioYaml());
        assertTrue(e.handle("/pod list").contains("app"));
    }

    private static String wrongAnswer(Exercise e) {
        switch (e.kind()) {
            case YES_NO:
                return e.expected().equals("yes") ? "no" : "yes";
            case CPUS:
                return e.expected().equals("0") ? "1" : "0";
            case NUMA:
                return e.expected().equals("0") ? "1" : "0";
            default:
                throw new AssertionError(e);
        }
    }
}
