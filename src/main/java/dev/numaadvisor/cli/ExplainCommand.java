package dev.numaadvisor.cli;

import dev.numaadvisor.app.assistant.OfflineAssistant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain TOPIC...}: a knowledge page, by rule id ({@code NUMA-CPU-002}) or topic
 * ({@code restricted}), through the same call as the REPL's {@code /explain}; an unknown topic is
 * bad input (exit 2), since the output names what to try instead.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the knowledge page for a rule id (NUMA-CPU-002) or a topic (restricted, "
                + "reserved memory), as the REPL's /explain does.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "a rule id or a few words naming a topic")
    List<String> words;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String topic = String.join(" ", words).strip();
        String page = topic.isEmpty() ? null : new OfflineAssistant().explain(topic);
        if (page == null) {
            spec.commandLine().getErr().println("error: no knowledge page for \"" + topic
                    + "\"; try numa-advisor explain restricted");
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().print(page.endsWith("\n") ? page : page + "\n");
        return ExitCodes.OK;
    }
}
