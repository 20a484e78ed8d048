package dev.numaadvisor.repl;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.app.assistant.WarmUp;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.llm.LlmSetup;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * The JLine loop over a given terminal: history file, completion, multi-line parser, bracketed
 * paste (JLine delivers a paste as one input). Ctrl-C drops the line (or cancels the answer being
 * computed, keeping the session), Ctrl-D ends the session; /clear clears the screen.
 */
public final class InteractiveShell {
    private final Terminal terminal;
    private final Path historyFile;
    private final boolean color;
    private final LlmSetup llm;

    /** {@code historyFile} may be null (tests); colour is off on dumb terminals and with NO_COLOR. */
    public InteractiveShell(Terminal terminal, Path historyFile, boolean noColorEnv) {
        this(terminal, historyFile, noColorEnv, LlmSetup.OFFLINE);
    }

    public InteractiveShell(Terminal terminal, Path historyFile, boolean noColorEnv, LlmSetup llm) {
        this.llm = llm;
        this.terminal = terminal;
        this.historyFile = historyFile;
        this.color = !noColorEnv && !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    public int run() {
        WarmUp.inBackground();
        ReplEngine engine = new ReplEngine(new Style(color), llm);
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("numa-advisor")
                .parser(new ReplParser()).completer(new ReplCompleter(engine.commands()))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ");
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = b.build();
        PrintWriter out = terminal.writer();
        out.println("numa-advisor — describe a node and a pod, paste YAML or lscpu, or /help. Answers: "
                + llm.settings().describe() + "; it never changes a node.");
        engine.streamTo(text -> {
            out.print(text);
            out.flush();
        });
        String prompt = prompt();
        try (AnswerRunner runner = new AnswerRunner(terminal, engine::cancelAnswer)) {
            loop(engine, reader, runner, prompt, out);
        }
        saveHistory(reader);
        return 0;
    }

    /** Reads and answers until /quit or Ctrl-D; Ctrl-C at the prompt drops the line, during an answer cancels it. */
    private void loop(ReplEngine engine, LineReader reader, AnswerRunner runner, String prompt, PrintWriter out) {
        while (!engine.quitRequested()) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            } catch (IOError | IllegalStateException e) {
                // The terminal went away (window closed, tmux killed): JLine reports it as an I/O
                // error ("TIOCGWINSZ", "Terminal has been closed"). Leave as Ctrl-D would; there
                // is no one to show a stack trace to.
                break;
            }
            String input = ReplParser.clean(line);
            Session before = engine.session().copy();
            out.print(runner.run(() -> engine.handle(input), () -> engine.session().replaceWith(before)));
            if (engine.takeClearRequest()) {
                terminal.puts(InfoCmp.Capability.clear_screen);
            }
            out.flush();
        }
    }

    private String prompt() {
        if (!color) {
            return "numa> ";
        }
        return new AttributedStringBuilder().style(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN))
                .append("numa>").style(AttributedStyle.DEFAULT).append(" ").toAnsi(terminal);
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // History is a convenience: failing to write it must not fail the session.
        }
    }
}
