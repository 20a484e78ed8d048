package dev.numaadvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real CLI in this JVM for a test: exit code, stdout and stderr, as strings. */
final class CliRun {
    private CliRun() {
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
