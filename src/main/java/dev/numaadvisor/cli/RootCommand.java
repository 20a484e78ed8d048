package dev.numaadvisor.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code numa-advisor}: with no subcommand, the REPL; {@code --help} still prints usage. The
 * subcommands are not in the annotation but in {@link #SUBCOMMANDS}, so that {@link Main} can
 * build picocli's model of only the one a command line names.
 */
@Command(name = "numa-advisor", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulates and explains the kubelet's NUMA alignment (Topology, CPU, Memory and "
                + "Device managers). Advisory only: it never changes a node.")
public final class RootCommand implements Callable<Integer> {
    /** Every subcommand by its {@code @Command} name, in the order the usage help lists them. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("simulate", SimulateCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("lint", LintCommand::new);
        m.put("draft", DraftCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("explain-pod", ExplainPodCommand::new);
        m.put("fleet", FleetCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("repl", ReplCommand::new);
        m.put("import", ImportCommand::new);
        m.put("collect", CollectCommand::new);
        m.put("ask", AskCommand::new);
        m.put("mcp", McpCommand::new);
        m.put("eval", EvalCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LlmOptions llm = new LlmOptions();

    @Override
    public Integer call() {
        return new ReplCommand().call(spec.commandLine(), llm, System.getenv());
    }
}
