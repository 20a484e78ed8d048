package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.html.FleetHtml;
import dev.numaadvisor.adapter.json.FleetJson;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.text.FleetTextRenderer;
import dev.numaadvisor.app.Fleet;
import dev.numaadvisor.adapter.text.ProgressLine;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fleet FLEET.yaml [--output text|json] [--html FILE]}: the capacity each policy costs a pool. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "Simulates a node pool under each Topology Manager config (a kube-scheduler model places "
                + "the pods, each node's kubelet admits or rejects them) and shows how much capacity each "
                + "policy costs. The file format is in docs/FLEET.md.")
public final class FleetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FLEET.yaml", description = "the pool, workload and configs")
    String file;

    @Option(names = "--output", paramLabel = "json|text", defaultValue = "text",
            converter = OutputFormat.Converter.class, description = "text (default) or json")
    OutputFormat output;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path html;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetReport report;
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            // Only on a terminal: a pipe or a CI log gets no bar.
            FleetProgress progress = System.console() == null ? FleetProgress.NONE
                    : new ProgressLine(line -> {
                        err.print(line);
                        err.flush();
                    }, "fleet " + Path.of(file).getFileName());
            report = Fleet.runFile(file, text, progress);
            ProgressLine.finish(progress);
        } catch (IOException e) {
            err.println("error: " + file + ": cannot read: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                err.println("error: " + p);
            }
            return ExitCodes.BAD_INPUT;
        }
        if (output == OutputFormat.JSON) {
            out.println(Json.pretty(FleetJson.render(report)));
        } else {
            out.print(FleetTextRenderer.render(report, Terminals.style()));
        }
        out.flush();
        if (html != null) {
            try {
                Files.writeString(html, FleetHtml.render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("error: cannot write " + html + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }
}
