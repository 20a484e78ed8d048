package dev.numaadvisor.cli;

import dev.numaadvisor.repl.ReplLauncher;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code numa-advisor repl}: the interactive advisor (also what runs with no subcommand). */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive advisor: describe a node and a pod, paste YAML or lscpu, ask questions. "
                + "Reads lines from stdin when it is not a terminal.")
public final class ReplCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LlmOptions llm = new LlmOptions();

    @Override
    public Integer call() {
        LlmOptions outer = spec.parent() != null && spec.parent().userObject() instanceof RootCommand
                ? ((RootCommand) spec.parent().userObject()).llm : null;
        return call(spec.commandLine(), llm.orElse(outer), System.getenv());
    }

    Integer call(CommandLine cl, LlmOptions options, Map<String, String> env) {
        return ReplLauncher.run(cl.getOut(), cl.getErr(), env, options.setup(env));
    }
}
