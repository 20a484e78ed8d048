package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.trace.Trace;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed scenarios of 10 to 16 NUMA nodes, where numa-advisor reads hints from rules by default:
 * they decide exactly as the full lists (forced on, as the kubelet enumerates them) do. The scenarios come from the
 * random generator of {@link BoundedHintsScenarioProperties} with fixed seeds, so they mix
 * policies, options, devices, hugepages and fragmented states as it does. (Seed 11 at 12 NUMA
 * nodes gave way to 13: with the kubelet's resource fit none of its pods is admitted any more.)
 */
class BoundedHintsLargeMachineTest {
    /** Every mask listed up to the largest machine here. */
    private static final HintBounds FULL = new HintBounds(16, HintBounds.SEARCH_STEPS);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(10, 3L), Arguments.of(11, 5L), Arguments.of(12, 13L), Arguments.of(12, 12L),
                Arguments.of(13, 17L), Arguments.of(14, 23L), Arguments.of(15, 29L), Arguments.of(16, 41L),
                Arguments.of(16, 37L));
    }

    @ParameterizedTest(name = "{0} NUMA nodes, seed {1}")
    @MethodSource("cases")
    void boundedHintsDecideAsTheFullLists(int numa, long seed) {
        String yaml = BoundedHintsScenarioProperties.scenario(seed, numa);
        SimulationInput read = ScenarioReader.read("large.yaml", yaml, n -> null).input();
        SimulationInput plain = BoundedHintsScenarioProperties.withBounds(read, FULL);
        SimulationResult expected = NodeSimulator.run(plain, Trace.disabled());
        SimulationResult actual = NodeSimulator.run(read, Trace.disabled());
        assertEquals(null, expected.startError(), yaml);
        assertTrue(expected.pods().stream().anyMatch(PodResult::admitted), "some pod admitted\n" + yaml);
        assertEquals(expected.pods().size(), actual.pods().size());
        for (int i = 0; i < expected.pods().size(); i++) {
            BoundedHintsScenarioProperties.samePod(expected.pods().get(i), actual.pods().get(i), yaml);
        }
        assertEquals(expected.cpuCheckpoint(), actual.cpuCheckpoint(), yaml);
        assertEquals(expected.memoryCheckpoint(), actual.memoryCheckpoint(), yaml);
    }
}
