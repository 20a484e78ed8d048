package dev.numaadvisor.cli;

import dev.numaadvisor.repl.ReplLauncher;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * picocli's model of the root command and of the subcommands this command line can reach.
     * Building all fourteen cost a short command 0.1 s of CPU (issue 15). When the first argument
     * names a subcommand, parsing never leaves that subcommand (picocli matches the others only at
     * the root), and a lone {@code --version} only prints: there the others are left out. Every
     * other command line (help, root options, mistakes) gets all of them, as before.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new RootCommand());
        if (isVersionOnly(args)) {
            return cl;
        }
        if (args.length > 0 && RootCommand.SUBCOMMANDS.containsKey(args[0])) {
            cl.addSubcommand(args[0], RootCommand.SUBCOMMANDS.get(args[0]).get());
            return cl;
        }
        RootCommand.SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        return cl;
    }

    private static boolean isVersionOnly(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /** Lines picocli would print unchanged: it formats them (%) and reads its colour markup (@|). */
    private static boolean printsAsIs(String[] lines) {
        for (String line : lines) {
            if (line.contains("%") || line.contains("@|")) {
                return false;
            }
        }
        return true;
    }

    /** Runs the CLI with injected writers; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            // The REPL, started with no arguments, is what most people run: building picocli's model
            // of every subcommand first cost 0.4-0.5 s of CPU at each start (issue 15) for no option to read.
            int code = ReplLauncher.run(out, err, System.getenv(), new LlmOptions().setup(System.getenv()));
            out.flush();
            err.flush();
            return code;
        }
        if (isVersionOnly(args)) {
            String[] lines = new VersionProvider().getVersion();
            if (printsAsIs(lines)) {
                // What picocli prints for --version, without loading its ~700 classes first.
                for (String line : lines) {
                    out.println(line);
                }
                out.flush();
                err.flush();
                return ExitCodes.OK;
            }
        }
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExitCodeFunnel(err));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors bypass picocli's handler; a bounded search should never get here, but if
            // anything does, the user gets a sentence instead of a Java stack trace.
            err.println("error: numa-advisor ran out of memory (" + e.getMessage() + "). Give Java more"
                    + " heap (NUMA_ADVISOR_JAVA_OPTS=-Xmx4g bin/numa-advisor ..., or java -Xmx4g -jar"
                    + " numa-advisor.jar ...) or simulate a smaller machine");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }
}
