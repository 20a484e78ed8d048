package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Model answers written by someone who saw neither the checker nor its own eval (issue 13's eval
 * was written alongside the checker, so its 100 % shows what the checker was taught). Never tune
 * on these: a miss or a false alarm here is a claim kind to handle in general, then new answers.
 */
class CheckerHeldOutTest {
    /**
     * The first honest run (session 4): precision 0.82, recall 0.54 (14/26), 3 false alarms. Session 5
     * read its misses to find the claim shapes the checker lacked (tables, labelled items, answered
     * questions, sibling sets, device locations), so it is no longer held out: 0 false alarms, recall
     * 1.00 is its floor now, and checker-held-out-2.yaml is the blind set.
     */
    private static final int MAX_FALSE_ALARMS = 0;
    private static final double MIN_RECALL = 1.0;

    @Test
    void heldOutAnswers() {
        CheckerEval.Report r = CheckerEval.run(CheckerEval.cases("eval/checker-held-out.yaml"));
        System.out.println("held out " + r.render());
        assertTrue(r.falseAlarms() <= MAX_FALSE_ALARMS, r.render());
        assertTrue(r.recall() >= MIN_RECALL, r.render());
    }
}
