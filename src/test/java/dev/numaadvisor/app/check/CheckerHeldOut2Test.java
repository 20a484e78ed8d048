package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The second set of model answers written blind (session 5: ten scenarios the first set lacked —
 * best-effort spill, restricted, SMT alignment, two containers under container and pod scope, the
 * shared pool, OutOfcpu, four NUMA nodes, pod order). Never edit the answers.
 */
class CheckerHeldOut2Test {
    /** Its first run, before anyone read it: precision 0.87, recall 0.75 (41/55), 6 false alarms. */
    private static final int MAX_FALSE_ALARMS = 6;
    private static final double MIN_RECALL = 0.74;

    @Test
    void heldOutAnswers() {
        CheckerEval.Report r = CheckerEval.run(CheckerEval.cases("eval/checker-held-out-2.yaml"));
        System.out.println("held out 2 " + r.render());
        assertTrue(r.falseAlarms() <= MAX_FALSE_ALARMS, r.render());
        assertTrue(r.recall() >= MIN_RECALL, r.render());
    }
}
