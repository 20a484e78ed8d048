package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The files {@code bench} runs through the CLI are valid scenarios that do what their names say. */
class BenchScenariosTest {
    @Test
    void gpuPodIsTheExampleWithoutItsExpectedBlock() throws IOException {
        String example = Files.readString(Path.of("examples/gpu-pod-fits.yaml"));
        String body = example.substring(example.indexOf("apiVersion:"), example.indexOf("expected:"));
        assertEquals(body, BenchScenarios.gpuPodYaml());
    }

    @Test
    void manyNumaScenarioAdmitsUntilTheCpusRunOut() {
        SimulationResult r = Simulate.scenario("numa16.yaml", BenchScenarios.manyNumaYaml(16, 41), n -> null)
                .result();
        assertNull(r.startError());
        assertEquals(41, r.pods().size());
        // 16 NUMA nodes x 8 CPUs, CPU 0 reserved: 15 pods of 8 CPUs fit.
        assertEquals(15, r.pods().stream().filter(PodResult::admitted).count());
    }

    @Test
    void randomScenariosAreValidAndVaried() {
        Set<String> outcomes = new HashSet<>();
        for (int seed = 0; seed < 100; seed++) {
            SimulationResult r = Simulate.scenario("random.yaml", RandomScenarios.scenario(seed), n -> null,
                    false).result();
            assertNull(r.startError(), "seed " + seed);
            for (PodResult p : r.pods()) {
                outcomes.add(p.admitted() ? "admitted" : p.reason());
            }
        }
        assertTrue(outcomes.containsAll(Set.of("admitted", "TopologyAffinityError")), outcomes.toString());
    }
}
