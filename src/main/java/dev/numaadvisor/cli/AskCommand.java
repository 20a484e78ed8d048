package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.repl.ReplEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ask "question"} (or the question on stdin, or {@code -}): one checked answer for scripts.
 * {@code --scenario FILE} loads a Scenario into the session first. Exit 0 with an answer, 1 when
 * the model could not be reached.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask one question and print the checked answer (the question may come on stdin).")
public final class AskCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LlmOptions llm = new LlmOptions();

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; - or nothing reads stdin.")
    List<String> words = List.of();

    @CommandLine.Option(names = "--scenario", paramLabel = "FILE", description = "Load this Scenario first.")
    String scenario;

    /** Tests set these; the defaults are the process's. */
    Map<String, String> env = System.getenv();
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String question = String.join(" ", words).strip();
        if (question.isEmpty() || question.equals("-")) {
            question = new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (question.isEmpty()) {
            spec.commandLine().getErr().println("error: no question (give it as arguments or on stdin)");
            return ExitCodes.BAD_INPUT;
        }
        ReplEngine engine = new ReplEngine(Style.plain(), llm.setup(env));
        if (scenario != null) {
            String loaded = engine.handle("/load " + scenario);
            if (!loaded.startsWith("scenario loaded")) {
                spec.commandLine().getErr().print(loaded);
                return ExitCodes.BAD_INPUT;
            }
        }
        ReplEngine.Reply answer = engine.reply(question);
        PrintWriter to = answer.error() ? spec.commandLine().getErr() : out;
        to.print(answer.text());
        to.flush();
        return answer.error() ? 1 : 0;
    }
}
