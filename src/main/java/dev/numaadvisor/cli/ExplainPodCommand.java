package dev.numaadvisor.cli;

import dev.numaadvisor.app.Diagnose;
import dev.numaadvisor.app.KnownDefects;
import dev.numaadvisor.app.LintInput;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain-pod POD.yaml [--config KUBELET.yaml] [--node SCENARIO.yaml]}: why (not) pinned. */
@Command(name = "explain-pod", mixinStandardHelpOptions = true,
        description = "Explains, container by container, whether it gets exclusive CPUs and why (or why not),"
                + " citing rule ids; flags known kubelet defects the config and node run into.")
public final class ExplainPodCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POD", description = "A Pod manifest.")
    String pod;

    @Option(names = "--config", paramLabel = "KUBELET", description = "The KubeletConfiguration (default: kubelet defaults, or the scenario's).")
    String config;

    @Option(names = "--node", paramLabel = "SCENARIO", description = "A Scenario whose node runs the simulation.")
    String node;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", description = "Target release (default ${DEFAULT-VALUE}).")
    String kubernetesVersion = KubeVersion.NEWEST.toString();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Diagnose.Diagnosis d = Diagnose.run(load(pod), config == null ? null : load(config),
                node == null ? null : load(node), KubeVersion.parse(kubernetesVersion));
        out.print(text(d));
        out.flush();
        return ExitCodes.OK;
    }

    static String text(Diagnose.Diagnosis d) {
        StringBuilder sb = new StringBuilder("pod ").append(d.pod()).append(" (").append(d.qosClass()).append(")\n");
        for (Diagnose.ContainerDiagnosis c : d.containers()) {
            sb.append(c.init() ? "  init container " : "  container ").append(c.name()).append('\n');
            for (Diagnose.Step s : c.steps()) {
                sb.append("    ").append(s.passes() ? "ok  " : "NO  ").append(s.ruleId()).append("  ")
                        .append(s.finding()).append('\n');
            }
            sb.append("    => ").append(c.verdict()).append('\n');
        }
        for (KnownDefects.Defect k : d.defects()) {
            sb.append("known defect ").append(k.issue()).append(": ").append(k.what()).append("\n  workaround: ")
                    .append(k.workaround()).append('\n');
        }
        return sb.toString();
    }

    private static LintInput load(String name) throws IOException {
        return new LintInput(name, Files.readString(Path.of(name), StandardCharsets.UTF_8));
    }
}
