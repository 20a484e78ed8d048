package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.json.ResultJson;
import dev.numaadvisor.adapter.text.SimulationTextRenderer;
import dev.numaadvisor.app.FileOutcome;
import dev.numaadvisor.app.Renderings;
import dev.numaadvisor.app.Simulate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simulate SCENARIO... [--output json|text] [--check] [--no-trace]}: the node simulator. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates what the kubelet's Topology, CPU, Memory and Device managers decide for the "
                + "pods of a Scenario file: hints, merged hint, admission, exact CPU ids, and why.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML); - reads stdin")
    List<String> files;

    @CommandLine.Mixin
    BatchOptions batch;

    @Option(names = "--no-trace", description = "text output without the 'why' section")
    boolean noTrace;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BatchRunner runner = new BatchRunner(spec.commandLine().getOut(), err);
        SimulationTextRenderer text = new SimulationTextRenderer(Terminals.style());
        List<String> withHarness = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Renderings wanted = Renderings.forOutput(batch.output == OutputFormat.JSON, batch.check, !noTrace);
        int code = runner.run(files, batch.output, batch.check, (file, content) -> {
            Simulate.Outcome o = Simulate.scenario(file, content, loaderFor(file), wanted.trace());
            if (o.scenario().usesHarness()) {
                withHarness.add(file);
            }
            String title = "scenario " + o.scenario().name();
            return new FileOutcome(wanted.json() ? ResultJson.of(o.result()) : null,
                    wanted.text() ? text.render(title, o.result(), !noTrace) : null,
                    !wanted.json() || o.scenario().expected() == null ? null
                            : Json.fromJava(o.scenario().expected()));
        });
        if (!withHarness.isEmpty()) {
            String which = withHarness.size() == 1 ? withHarness.get(0) + " uses"
                    : withHarness.size() + " of " + files.size() + " files use";
            err.println("warning: " + which + " harness: (a test-fidelity set-up that a real kubelet cannot be "
                    + "configured into)");
            err.flush();
        }
        return code;
    }

    /** Files named inside a scenario (kubeletConfigFile) are relative to the scenario's folder. */
    static Function<String, String> loaderFor(String scenarioFile) {
        Path base = BatchRunner.STDIN.equals(scenarioFile) ? Path.of(".")
                : Path.of(scenarioFile).toAbsolutePath().getParent();
        return name -> {
            try {
                return Files.readString(base.resolve(name));
            } catch (IOException e) {
                return null;
            }
        };
    }
}
