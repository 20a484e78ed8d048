package dev.numaadvisor.app;

import dev.numaadvisor.adapter.scenario.ScenarioDocument;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.core.admission.NodeSimulator;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.trace.Trace;
import java.util.function.Function;

/** The simulate use case every front end shares: read a scenario, run the node simulator. */
public final class Simulate {
    /** A scenario and what the simulator made of it. */
    public record Outcome(ScenarioDocument scenario, SimulationResult result) {
    }

    private Simulate() {
    }

    /** Reads and simulates, with the trace; bad input throws {@code InputException}. */
    public static Outcome scenario(String fileName, String text, Function<String, String> loader) {
        return scenario(fileName, text, loader, true);
    }

    /**
     * Reads and simulates; without {@code trace} no trace step is built (the decisions are the
     * same). Bad input throws {@code InputException}.
     */
    public static Outcome scenario(String fileName, String text, Function<String, String> loader, boolean trace) {
        ScenarioDocument doc = ScenarioReader.read(fileName, text, loader);
        return new Outcome(doc, NodeSimulator.run(doc.input(), trace ? new Trace() : Trace.disabled()));
    }

    /** Simulates a scenario already read (or built from a session's records). */
    public static Outcome document(ScenarioDocument doc) {
        return new Outcome(doc, NodeSimulator.run(doc.input()));
    }

    public static SimulationResult input(SimulationInput input) {
        return NodeSimulator.run(input);
    }
}
