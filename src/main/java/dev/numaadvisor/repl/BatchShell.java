package dev.numaadvisor.repl;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.llm.LlmSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Piped stdin ({@code numa-advisor < questions.txt}): each line is one input, answers only, no
 * prompt and no colour. A line ending in a backslash or inside a ``` fence joins the next.
 * Errors (a bad paste, a bad command) go to {@code err}, the rest to {@code out}, so a script
 * can tell them apart. Returns 0: answering questions is not a failure even when a pod is rejected.
 */
public final class BatchShell {
    private BatchShell() {
    }

    public static int run(BufferedReader in, PrintWriter out, PrintWriter err) {
        return run(in, out, err, LlmSetup.OFFLINE);
    }

    public static int run(BufferedReader in, PrintWriter out, PrintWriter err, LlmSetup llm) {
        ReplEngine engine = new ReplEngine(Style.plain(), llm);
        StringBuilder pending = new StringBuilder();
        try {
            for (String line = in.readLine(); line != null && !engine.quitRequested(); line = in.readLine()) {
                pending.append(pending.length() > 0 ? "\n" : "").append(line);
                if (ReplParser.continues(pending.toString())) {
                    continue;
                }
                print(engine.reply(ReplParser.clean(pending.toString())), out, err);
                pending.setLength(0);
            }
        } catch (IOException e) {
            // Stdin went away (its terminal closed): that ends the input like EOF; a stack trace
            // would go to nobody, or into the log of whatever ran us.
            pending.setLength(0);
        }
        if (pending.length() > 0 && !engine.quitRequested()) {
            print(engine.reply(ReplParser.clean(pending.toString())), out, err);
        }
        out.flush();
        return 0;
    }

    private static void print(ReplEngine.Reply reply, PrintWriter out, PrintWriter err) {
        PrintWriter to = reply.error() ? err : out;
        to.print(reply.text());
        to.flush();
    }
}
