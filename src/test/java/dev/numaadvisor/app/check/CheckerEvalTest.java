package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checker on its scripted answers: no false alarm on a right one, every wrong one caught. */
class CheckerEvalTest {
    @Test
    void zeroFalseAlarmsAndEveryWrongAnswerCaught() {
        CheckerEval.Report r = CheckerEval.run();
        assertTrue(r.outcomes().size() >= 60, "at least 60 answers");
        assertTrue(r.wrong() * 3 >= r.outcomes().size() * 2 - 6, "about two thirds wrong");
        assertEquals(0, r.falseAlarms(), r.render());
        assertEquals(r.wrong(), r.caught(), r.render());
        assertEquals(1.0, r.precision());
        assertEquals(1.0, r.recall());
        assertTrue(r.render().contains("precision 1.00  recall 1.00  false alarms 0  missed 0"), r.render());
    }
}
