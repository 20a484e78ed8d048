package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The placement block: read exactly, each field compared, bad lines refused; a right block turns prose doubts into notes. */
class PlacementBlockTest {
    private static final AnswerGuard.Facts GPU = CheckFixtures.facts(CheckFixtures.gpuSession());
    private static final String RIGHT = "app/app: admitted cpus=24-27,72-75 numa=1 devices=GPU-0 hint=1:preferred";

    private static AnswerGuard.Checked check(String answer) {
        return AnswerGuard.check(answer, GPU);
    }

    private static String block(String line) {
        return "The pod is admitted on NUMA node 1.\n\n```placement\n" + line + "\n```\n";
    }

    @Test
    void aRightBlockIsConfirmedUnderIt() {
        AnswerGuard.Checked c = check(block(RIGHT));
        assertEquals(List.of(), c.mismatches());
        assertTrue(c.text().contains("> checked by numa-advisor: the placement block agrees with the simulator"), c.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "app/app: admitted cpus=24-31 numa=1 devices=GPU-0 hint=1:preferred",
        "app/app: admitted cpus=24-27,72-75 numa=0 devices=GPU-0 hint=1:preferred",
        "app/app: admitted cpus=24-27,72-75 numa=1 devices=GPU-1 hint=1:preferred",
        "app/app: admitted cpus=24-27,72-75 numa=1 devices=GPU-0 hint=1:not-preferred",
        "app: rejected reason=TopologyAffinityError",
        "trader: admitted"})
    void eachWrongFieldIsCaught(String line) {
        assertFalse(check(block(line)).mismatches().isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/app admitted cpus=24-27", "app/app: admitted cores=24-27", "app/app: admitted cpus=twenty",
        "app/app: admitted hint=1", "app/app: admitted numa=one", "app/app: maybe"})
    void aLineItCannotReadIsAnErrorNotAPass(String line) {
        List<String> m = check(block(line)).mismatches();
        assertTrue(m.stream().anyMatch(s -> s.startsWith("placement line 1")), m.toString());
    }

    @Test
    void proseThatDisagreesWithARightBlockIsShownAsANoteNotAskedAgain() {
        AnswerGuard.Checked c = check("It is rejected.\n\n```placement\n" + RIGHT + "\n```\n");
        assertEquals(List.of(), c.mismatches());
        assertEquals(1, c.notes().size(), c.notes().toString());
        assertTrue(c.text().contains("> note: the prose may say otherwise: the answer says app is rejected"), c.text());
    }

    @Test
    void withoutABlockProseIsCheckedAsBefore() {
        assertFalse(check("It is rejected.").mismatches().isEmpty());
        assertEquals(List.of(), check("It is rejected.").notes());
    }
}
