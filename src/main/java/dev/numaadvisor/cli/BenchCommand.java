package dev.numaadvisor.cli;

import dev.numaadvisor.app.Bench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--quick]}: the README's headline speed figures in seconds, without JMH. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures admission, merge and fleet speed (indicative; the JMH suite in the README is "
                + "the reference).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "skip the 1,000-node fleet run")
    boolean quick;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("numa-advisor bench (" + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + Runtime.version().feature() + ")");
        for (Bench.Figure f : Bench.run(quick)) {
            out.println(f);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
