package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.machine.ImportFinding;
import dev.numaadvisor.adapter.machine.ImportedFile;
import dev.numaadvisor.adapter.machine.InputFormat;
import dev.numaadvisor.adapter.machine.InputLoader;
import dev.numaadvisor.app.ImportScenario;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE... [-o scenario.yaml] [--format F]}: reads what a node prints and writes a
 * Scenario. Says on stderr how each file was read, what was skipped and the findings; the
 * scenario goes to stdout unless {@code -o} names a file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read lscpu, numactl, sysfs, nvidia-smi, NRT, kubectl and kubelet files (or a support-bundle"
                + " directory) and write one Scenario for simulate.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, directories or sysfs tarballs; - = stdin")
    List<String> files;

    @Option(names = {"-o", "--output-file"}, paramLabel = "SCENARIO", description = "write the scenario here")
    Path output;

    @Option(names = "--format", paramLabel = "F", description = "read every FILE as this format: ${COMPLETION-CANDIDATES}",
            completionCandidates = FormatNames.class)
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFormat forced = null;
        if (format != null) {
            forced = InputFormat.byCliName(format);
            if (forced == null) {
                throw new InputException(new Problem(Problem.Kind.UNSUPPORTED, "--format", null, format,
                        "not a format", "one of: " + String.join(", ", InputFormat.cliNames())));
            }
        }
        InputLoader inputs = new InputLoader();
        for (String f : files) {
            if (!f.equals("-") && !Files.exists(Path.of(f))) {
                throw new InputException(new Problem(Problem.Kind.INVALID, "FILE", null, f, "no such file", null));
            }
            inputs.load(f, System.in);
        }
        ImportScenario.Result result = ImportScenario.run(inputs, forced);
        report(err, result);
        if (output == null) {
            spec.commandLine().getOut().print(result.scenarioYaml());
        } else {
            Files.writeString(output, result.scenarioYaml(), StandardCharsets.UTF_8);
            err.println("wrote " + output);
        }
        return ExitCodes.OK;
    }

    private static void report(PrintWriter err, ImportScenario.Result result) {
        for (ImportedFile f : result.imported()) {
            err.println(f.fileName() + ": read as " + f.detection().format().description() + " ("
                    + f.detection().why() + ")");
        }
        for (InputLoader.Skipped s : result.skipped()) {
            err.println(s.file() + ": skipped: " + s.why());
        }
        for (ImportFinding f : result.node().report().findings()) {
            err.println(f);
        }
    }

    /** Completion candidates for --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return InputFormat.cliNames().iterator();
        }
    }
}
