package dev.numaadvisor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code numa-advisor}: with no subcommand, the REPL; {@code --help} still prints usage. */
@Command(name = "numa-advisor", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulates and explains the kubelet's NUMA alignment (Topology, CPU, Memory and "
                + "Device managers). Advisory only: it never changes a node.",
        subcommands = {SimulateCommand.class, MergeCommand.class, LintCommand.class, DraftCommand.class,
                ExplainCommand.class, ExplainPodCommand.class, FleetCommand.class, BenchCommand.class,
                ReplCommand.class, ImportCommand.class, CollectCommand.class, AskCommand.class, McpCommand.class,
                EvalCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LlmOptions llm = new LlmOptions();

    @Override
    public Integer call() {
        return new ReplCommand().call(spec.commandLine(), llm, System.getenv());
    }
}
