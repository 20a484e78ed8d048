package dev.numaadvisor.cli;

import dev.numaadvisor.app.Bench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--quick] [--plain-java]}: the README's headline speed figures without JMH: whole
 * commands as fresh processes (wall time, peak memory), then the engine's loops in this JVM.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures whole commands (wall time and max RSS, each a fresh process), then admission, "
                + "merge and fleet speed in this JVM (indicative; the JMH suite in the README is the reference).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "one run per command, short loops, no fleet")
    boolean quick;

    @Option(names = "--plain-java", description = "run the commands with java and the JVM's defaults "
            + "(what java -jar does) instead of bin/numa-advisor")
    boolean plainJava;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("numa-advisor bench (" + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + Runtime.version().feature() + ")");
        BenchCommands.run(quick, plainJava, out);
        out.println("engine loops in this JVM" + (quick ? " (short: C1-compiled code, indicative only)" : ""));
        Bench.run(quick, f -> {
            out.println("  " + f);
            out.flush();
        });
        return ExitCodes.OK;
    }
}
