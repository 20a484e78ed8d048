package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims per pod against the engine: negations and lists that were false alarms, claims that were missed. */
class ClaimCheckTest {
    private static final AnswerGuard.Facts GPU = CheckFixtures.facts(CheckFixtures.gpuSession());
    private static final AnswerGuard.Facts TRADER = CheckFixtures.facts(CheckFixtures.traderSession());

    private static List<String> gpu(String answer) {
        return AnswerGuard.check(answer, GPU).mismatches();
    }

    private static List<String> trader(String answer) {
        return AnswerGuard.check(answer, TRADER).mismatches();
    }

    @Test
    void theFixturesAreWhatTheTestsSay() {
        String v = Verdicts.of(GPU.result(), null);
        assertTrue(v.startsWith("app admitted, app on CPUs 24-27,72-75"), v);
        assertTrue(v.contains("GPU-0"), v);
        String t = Verdicts.of(TRADER.result(), null);
        assertTrue(t.contains("web admitted") && t.contains("trader rejected (TopologyAffinityError)"), t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The pod will not be rejected: it lands on NUMA node 1.", "It isn't rejected.",
        "It gets CPUs 24-27 and 72-75.", "The container is pinned to CPUs 24–27, 72–75 on NUMA node 1.",
        "app won't be rejected; it is admitted with GPU-0.", "No, it is not rejected by the Topology Manager.",
        "app is admitted. Its CPUs are 24-27 and their siblings 72-75.",
        "The merged hint is NUMA node 1, preferred, so it is admitted.",
        "It never fails admission: CPU 24 and CPU 72 are among its CPUs.",
        "It would be rejected under the restricted policy only if NUMA node 1 were full; here it is admitted."})
    void rightAnswersRaiseNoAlarm(String answer) {
        assertEquals(List.of(), gpu(answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The pod is aligned on NUMA node 0.", "It gets CPU 3 and CPU 5.", "It is given GPU-1.",
        "It will be rejected.", "It is not admitted.", "The merged hint is NUMA node 0, preferred.",
        "app gets CPUs 0-3 and 48-51.", "It fails admission with TopologyAffinityError."})
    void wrongClaimsAboutOnePodAreCaught(String answer) {
        assertFalse(gpu(answer).isEmpty(), answer);
    }

    @Test
    void verdictsAreComparedPerPodNotWithAnyPod() {
        assertFalse(trader("trader is admitted.").isEmpty(), "trader was rejected while web was admitted");
        assertFalse(trader("web is rejected.").isEmpty());
        assertEquals(List.of(), trader("trader is rejected with TopologyAffinityError, while web is admitted."));
        assertEquals(List.of(), trader("web is admitted, but trader isn't: it hits a TopologyAffinityError."));
        assertFalse(trader("trader is rejected with UnexpectedAdmissionError.").isEmpty(), "wrong reason");
    }
}
