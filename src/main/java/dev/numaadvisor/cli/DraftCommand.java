package dev.numaadvisor.cli;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.app.Draft;
import dev.numaadvisor.app.DraftIntent;
import dev.numaadvisor.app.DraftReport;
import dev.numaadvisor.app.DraftResult;
import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.Paste;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.config.KubeVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code draft (--node SCENARIO | --machine SHAPE) --pod INTENT [--strict P] [--output F]}. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Drafts a KubeletConfiguration for a node and an intended Guaranteed pod, checked by lint"
                + " and the simulator, with the reasoning, capacity per policy and a rollout plan. Runs nothing.")
public final class DraftCommand implements Callable<Integer> {
    enum Output { text, yaml, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--node", paramLabel = "SCENARIO", description = "A Scenario file whose node is the machine.")
    String node;

    @Option(names = "--machine", paramLabel = "SHAPE", description = "Compact node, e.g. \"2x24x2 gpu@1\".")
    String machine;

    @Option(names = "--pod", required = true, paramLabel = "INTENT",
            description = "The intended pod, e.g. \"8 cpu, 16Gi, 1 nvidia.com/gpu\".")
    String pod;

    @Option(names = "--strict", paramLabel = "POLICY",
            description = "single-numa-node, restricted or best-effort (default: single-numa-node when it fits).")
    String strict;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", description = "Target release (default ${DEFAULT-VALUE}).")
    String kubernetesVersion = KubeVersion.NEWEST.toString();

    @Option(names = "--output", paramLabel = "FORMAT", description = "text, yaml or json (default ${DEFAULT-VALUE}).")
    Output output = Output.text;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((node == null) == (machine == null)) {
            err.println("error: give exactly one of --node SCENARIO and --machine SHAPE");
            return ExitCodes.BAD_INPUT;
        }
        Session session = new Session();
        try {
            if (node != null) {
                Paste.add(session, Files.readString(Path.of(node), StandardCharsets.UTF_8), SessionRun.FILES);
            } else {
                SessionPlan.node(session, Said.node(machine).plan());
            }
            DraftResult r = Draft.draft(session, DraftIntent.parse(pod), strict, KubeVersion.parse(kubernetesVersion));
            out.print(render(r));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String render(DraftResult r) {
        switch (output) {
            case json:
                return Json.pretty(Json.fromJava(DraftReport.values(r))) + "\n";
            case yaml:
                return r.configYaml();
            default:
                return DraftReport.text(r);
        }
    }
}
