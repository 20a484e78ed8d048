package dev.numaadvisor.repl;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.llm.LlmSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Piped stdin ({@code numa-advisor < questions.txt}): each line is one input, answers only, no
 * prompt and no colour. A line ending in a backslash or inside a ``` fence joins the next.
 * Returns 0: answering questions is not a failure even when a pod is rejected.
 */
public final class BatchShell {
    private BatchShell() {
    }

    public static int run(BufferedReader in, PrintWriter out) {
        return run(in, out, LlmSetup.OFFLINE);
    }

    public static int run(BufferedReader in, PrintWriter out, LlmSetup llm) {
        ReplEngine engine = new ReplEngine(Style.plain(), llm);
        StringBuilder pending = new StringBuilder();
        try {
            for (String line = in.readLine(); line != null && !engine.quitRequested(); line = in.readLine()) {
                pending.append(pending.length() > 0 ? "\n" : "").append(line);
                if (ReplParser.continues(pending.toString())) {
                    continue;
                }
                out.print(engine.handle(ReplParser.clean(pending.toString())));
                out.flush();
                pending.setLength(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pending.length() > 0 && !engine.quitRequested()) {
            out.print(engine.handle(ReplParser.clean(pending.toString())));
        }
        out.flush();
        return 0;
    }
}
