package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The second set of model answers written blind (session 5: ten scenarios the first set lacked —
 * best-effort spill, restricted, SMT alignment, two containers under container and pod scope, the
 * shared pool, OutOfcpu, four NUMA nodes, pod order). Never edit the answers.
 */
class CheckerHeldOut2Test {
    /**
     * Its first run, before anyone read it: precision 0.87, recall 0.75 (41/55), 6 false alarms. Its
     * misses were then read to find what the checker lacked in general (per-NUMA slices of a set,
     * pronouns after a sentence naming two, ids right after a name, counterfactuals, a provider's hint
     * taken for the merged one), so it is no longer blind: 0 and 1.00 are its floor, and
     * checker-held-out-3.yaml is the next blind set.
     */
    private static final int MAX_FALSE_ALARMS = 0;
    private static final double MIN_RECALL = 1.0;

    @Test
    void heldOutAnswers() {
        CheckerEval.Report r = CheckerEval.run(CheckerEval.cases("eval/checker-held-out-2.yaml"));
        System.out.println("held out 2 " + r.render());
        assertTrue(r.falseAlarms() <= MAX_FALSE_ALARMS, r.render());
        assertTrue(r.recall() >= MIN_RECALL, r.render());
    }
}
