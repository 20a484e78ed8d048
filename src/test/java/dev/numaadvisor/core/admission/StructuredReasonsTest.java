package dev.numaadvisor.core.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.topology.MergeWhy;
import dev.numaadvisor.core.trace.TraceStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The simulator's decisions are typed fields, and the trace is tagged with what it concerns. */
class StructuredReasonsTest {
    private static SimulationResult run(String file) throws IOException {
        return Simulate.scenario(file, Files.readString(Path.of(file)), n -> null).result();
    }

    @Test
    void aTopologyRejectionSaysWhichNumaNodeLackedWhat() throws IOException {
        SimulationResult r = run("src/test/resources/conformance/scenario/"
                + "gpu-pod-single-numa-node-rejected-no-cores-on-gpu-node.yaml");
        PodResult trader = r.pod("trader");
        assertEquals(Verdict.REJECTED, trader.verdict());
        assertEquals(Stage.TOPOLOGY_MANAGER, trader.stage());
        assertNull(trader.fit(), "a pod the Topology Manager rejects never reaches the fit");
        ContainerResult app = trader.containers().get(0);
        assertFalse(app.shortfalls().isEmpty(), app.toString());
        assertTrue(app.shortfalls().stream().anyMatch(s -> s.resource().equals("cpu")), app.shortfalls().toString());
        assertNotNull(app.mergeWhy());
        for (TraceStep s : r.stepsAbout("trader")) {
            assertEquals("trader", s.pod());
        }
        assertTrue(r.stepsAbout("trader").stream().anyMatch(s -> s.decision() instanceof PodVerdict));
        assertTrue(r.stepsAbout("filler").stream().noneMatch(s -> s.text().contains("REJECTED")));
    }

    @Test
    void aFitRejectionCarriesTheFitCheck() throws IOException {
        SimulationResult r = run("src/test/resources/cases/fit/topology-admits-then-out-of-cpu.yaml");
        PodResult trader = r.pod("trader");
        assertEquals(Stage.RESOURCE_FIT, trader.stage());
        assertFalse(trader.fit().fits());
        assertEquals("OutOfcpu", trader.fit().lacking().get(0).reason());
        assertTrue(trader.containers().get(0).shortfalls().isEmpty(), "the Topology Manager admitted it");
        MergeWhy why = trader.containers().get(0).mergeWhy();
        assertNotNull(why);
        assertEquals(MergeWhy.Outcome.ONLY_CANDIDATE, why.outcome(), why.text());
        assertTrue(r.pod("web").fit().fits());
        assertNull(r.pod("web").stage());
    }

    @Test
    void aStartFailureCarriesItsRule() throws IOException {
        SimulationResult r = run("src/test/resources/cases/cpu/reserved-cpus-missing-from-the-shared-pool.yaml");
        assertEquals("NUMA-STATE-003", r.startError().rule());
        assertTrue(r.pods().isEmpty());
    }
}
