package dev.numaadvisor.cli;

import dev.numaadvisor.app.CollectGuide;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code collect --print}: prints the read-only commands that gather a node's files; runs nothing. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Print the read-only commands that gather the files numa-advisor import reads.")
public final class CollectCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--print", description = "print the commands (numa-advisor never runs them itself)")
    boolean print;

    @Override
    public Integer call() {
        if (!print) {
            spec.commandLine().getErr().println("numa-advisor never runs commands on a node;"
                    + " use collect --print to see the ones to run yourself");
            return ExitCodes.OK;
        }
        spec.commandLine().getOut().print(CollectGuide.commands());
        return ExitCodes.OK;
    }
}
