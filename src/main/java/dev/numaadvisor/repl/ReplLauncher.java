package dev.numaadvisor.repl;

import java.io.BufferedReader;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import dev.numaadvisor.llm.LlmSetup;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the REPL: the JLine shell on a real console, the plain line reader when stdin is
 * piped (System.console() is null). Nothing heavy is built before the first prompt.
 */
public final class ReplLauncher {
    private ReplLauncher() {
    }

    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(out, err, env, LlmSetup.OFFLINE);
    }

    /** Piped, errors go to {@code err}; on a terminal everything is on its one screen. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, LlmSetup llm) {
        if (System.console() == null) {
            // Not a terminal: JLine would fall back to a dumb terminal and print a warning and
            // prompts; answers only is what a script wants.
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return BatchShell.run(in, out, err, llm);
        }
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int code = new InteractiveShell(terminal, historyFile(env), env.containsKey("NO_COLOR"), llm).run();
        closeQuietly(terminal);
        return code;
    }

    /** A terminal closed under us (its window gone) fails to restore its modes: nothing to do then. */
    private static void closeQuietly(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException | IOError | IllegalStateException e) {
            // The session already ended; the terminal is gone with its window.
        }
    }

    /** {@code $XDG_STATE_HOME/numa-advisor/history}, default {@code $HOME/.local/state/numa-advisor/history}. */
    static Path historyFile(Map<String, String> env) {
        Path dir = dev.numaadvisor.app.UserDirs.state(env);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return null;
        }
        return dir.resolve("history");
    }
}
