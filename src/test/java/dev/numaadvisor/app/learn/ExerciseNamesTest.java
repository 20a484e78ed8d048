package dev.numaadvisor.app.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An exercise's name must hold for every draw: "fractional-not-pinned" once showed a pod with
 * cpu=2, which is pinned. The template now names what varies, and the answer follows the count.
 */
class ExerciseNamesTest {
    @Test
    void theCpuExerciseIsNamedForWhatVariesAndPinsOnlyWholeCounts() {
        boolean sawWhole = false;
        boolean sawFraction = false;
        for (long seed = 0; seed < 40; seed++) {
            Exercise e = ExerciseTemplates.integerOrFractionalCpu(new Random(seed * 0x9E3779B97F4A7C15L));
            assertEquals("integer-or-fractional-cpu", e.template());
            boolean fractional = e.question().matches(".*cpu \\d+500m\\).*");
            assertTrue(fractional || e.question().matches(".*cpu \\d\\).*"), e.question());
            assertEquals(fractional ? "no" : "yes", e.expected(), e.question());
            sawWhole |= !fractional;
            sawFraction |= fractional;
        }
        assertTrue(sawWhole && sawFraction, "both kinds of draw");
        assertTrue(ExerciseTemplates.ALL.stream().noneMatch(t -> t.name().contains("not-pinned")));
    }
}
