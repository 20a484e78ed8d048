package dev.numaadvisor.app;

import dev.numaadvisor.adapter.machine.Detection;
import dev.numaadvisor.adapter.machine.FormatDetector;
import dev.numaadvisor.adapter.machine.ImportedFile;
import dev.numaadvisor.adapter.machine.InputFormat;
import dev.numaadvisor.adapter.machine.InputLoader;
import dev.numaadvisor.adapter.machine.MachineParsers;
import dev.numaadvisor.adapter.machine.MergedNode;
import dev.numaadvisor.adapter.machine.NodeFacts;
import dev.numaadvisor.adapter.machine.NodeFactsMerger;
import dev.numaadvisor.adapter.machine.ScenarioYamlWriter;
import dev.numaadvisor.adapter.machine.SysfsParser;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code import} use case: detect each input's format (or take the one forced), parse it,
 * merge everything into one node and write it as a Scenario. A file of a bundle that is no
 * known format, or could be several, is skipped with the reason; a named file that is either is
 * an error, as is any file that fails to parse.
 */
public final class ImportScenario {
    /** What was read and how, what was skipped, the merged node and the scenario text. */
    public record Result(List<ImportedFile> imported, List<InputLoader.Skipped> skipped, MergedNode node,
                         String scenarioYaml) {
    }

    private ImportScenario() {
    }

    public static Result run(InputLoader inputs, InputFormat forced) {
        List<NodeFacts> facts = new ArrayList<>();
        List<ImportedFile> imported = new ArrayList<>();
        for (InputLoader.Item item : inputs.items()) {
            if (item.sysfs() != null) {
                facts.add(new SysfsParser().parseFiles(item.sysfsName(), item.sysfs()));
                imported.add(new ImportedFile(item.sysfsName(), new Detection(InputFormat.SYSFS,
                        "a sysfs directory or tarball")));
                continue;
            }
            Detection d = detect(item, forced, inputs);
            if (d != null) {
                facts.add(MachineParsers.read(item.text(), d));
                imported.add(new ImportedFile(item.text().fileName(), d));
            }
        }
        if (facts.isEmpty()) {
            throw new InputException(new Problem(
                    Problem.Kind.REQUIRED, "", null, null,
                    "no input numa-advisor can read", "run numa-advisor collect --print for what to gather"));
        }
        MergedNode node = NodeFactsMerger.merge(facts);
        return new Result(imported, inputs.skipped(), node, ScenarioYamlWriter.write(imported, node));
    }

    private static Detection detect(InputLoader.Item item, InputFormat forced, InputLoader inputs) {
        boolean bundle = item.fromBundle() && forced == null;
        try {
            Detection d = FormatDetector.detect(item.text(), bundle ? null : forced);
            if (d == null && !bundle) {
                throw new InputException(new Problem(
                        Problem.Kind.UNSUPPORTED, "",
                        new SourcePosition(item.text().fileName(), 1, 1), null,
                        "not a format numa-advisor reads", "use --format with one of: "
                        + String.join(", ", InputFormat.cliNames())));
            }
            if (d == null) {
                inputs.skip(item.text().fileName(), "not a format numa-advisor reads");
            }
            return d;
        } catch (InputException e) {
            if (!bundle) {
                throw e;
            }
            inputs.skip(item.text().fileName(), e.first().detail());
            return null;
        }
    }
}
