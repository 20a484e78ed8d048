package dev.numaadvisor.cli;


import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code numa-advisor eval}: runs the question set against the offline assistant and, when one is
 * configured, the chosen model; prints a score table per assistant. Exit 0 (a score is not a failure).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the offline assistant and the configured model on the built-in question set.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LlmOptions llm = new LlmOptions();

    @CommandLine.Option(names = "--verbose", description = "Show each failed question and what was missing.")
    boolean verbose;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(EvalRunner.run(llm.setup(System.getenv()), verbose));
        out.flush();
        return ExitCodes.OK;
    }
}
