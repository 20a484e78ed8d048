package dev.numaadvisor.cli;

import dev.numaadvisor.app.Merge;
import dev.numaadvisor.app.Renderings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge FILE... [--output json|text] [--check]}: the Topology Manager hint merge only. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges the hint providers' answers of HintMerge files under a Topology Manager policy, "
                + "as the kubelet does, and says whether the pod would be admitted.")
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HintMerge files (YAML); - reads stdin")
    List<String> files;

    @CommandLine.Mixin
    BatchOptions batch;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BatchRunner runner = new BatchRunner(spec.commandLine().getOut(), spec.commandLine().getErr());
        Renderings wanted = Renderings.forOutput(batch.output == OutputFormat.JSON, batch.check, true);
        return runner.run(files, batch.output, batch.check, (file, text) -> Merge.runFile(file, text, wanted));
    }
}
