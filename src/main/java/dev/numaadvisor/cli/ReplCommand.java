package dev.numaadvisor.cli;

import dev.numaadvisor.repl.ReplLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code numa-advisor repl}: the interactive advisor (also what runs with no subcommand). */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive advisor: describe a node and a pod, paste YAML or lscpu, ask questions. "
                + "Reads lines from stdin when it is not a terminal.")
public final class ReplCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return call(spec.commandLine().getOut());
    }

    Integer call(java.io.PrintWriter out) {
        return ReplLauncher.run(out, System.getenv());
    }
}
