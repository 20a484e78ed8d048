package dev.numaadvisor.cli;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Maps exceptions escaping a subcommand to exit codes: bad input 2, anything else internal. */
final class ExitCodeFunnel implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    ExitCodeFunnel(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof InputException) {
            for (Problem p : ((InputException) ex).problems()) {
                err.println("error: " + p);
            }
            return ExitCodes.BAD_INPUT;
        }
        err.println("internal error (a bug in numa-advisor, please report it): " + ex);
        for (StackTraceElement e : ex.getStackTrace()) {
            if (e.getClassName().startsWith("dev.numaadvisor")) {
                err.println("    at " + e);
            }
        }
        return ExitCodes.INTERNAL;
    }
}
