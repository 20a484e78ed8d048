package dev.numaadvisor.cli;

import dev.numaadvisor.adapter.lint.LintJsonWriter;
import dev.numaadvisor.adapter.lint.LintSarifWriter;
import dev.numaadvisor.adapter.lint.LintTextWriter;
import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.app.ConfigDiff;
import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.LintInput;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lint FILE... [--node SCENARIO] [--kubernetes-version V] [--output F] [--fail-on S]}. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks KubeletConfigurations, pod manifests, scenarios and kubelet state files against "
                + "the NUMA rule catalogue; predicts whether the kubelet starts.")
public final class LintCommand implements Callable<Integer> {
    enum Output { text, json, sarif }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Inputs; - reads stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--node", paramLabel = "SCENARIO", description = "A Scenario file whose node is the machine.")
    String node;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION", description = "Target release (default ${DEFAULT-VALUE}).")
    String kubernetesVersion = KubeVersion.NEWEST.toString();

    @Option(names = "--output", paramLabel = "FORMAT", description = "text, json or sarif (default ${DEFAULT-VALUE}).")
    Output output = Output.text;

    @Option(names = "--against", paramLabel = "CURRENT",
            description = "Compare CURRENT with the one FILE (the new config): changed fields and which need a drain"
                    + " and a state-file removal.")
    String against;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "error or warning (default ${DEFAULT-VALUE}).")
    String failOn = "error";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KubeVersion version;
        Severity bar;
        try {
            version = KubeVersion.parse(kubernetesVersion);
            bar = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<Problem> unreadable = new ArrayList<>();
        if (against != null) {
            return against(out, err, unreadable);
        }
        List<LintInput> inputs = new ArrayList<>();
        for (String f : files) {
            LintInput in = load(f, unreadable);
            if (in != null) {
                inputs.add(in);
            }
        }
        LintInput nodeInput = node == null ? null : load(node, unreadable);
        RuleRegistry registry = RuleRegistry.standard();
        LintResult result = Lint.run(inputs, nodeInput, version, registry);
        out.print(render(result, registry));
        out.flush();
        List<Problem> bad = new ArrayList<>(unreadable);
        bad.addAll(result.inputErrors());
        for (Problem p : bad) {
            // The same shape as simulate's: "error: what (file:line:col)", then the hint.
            err.println("error: " + p);
        }
        if (!bad.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        return result.hasFindingAtLeast(bar) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private Integer against(PrintWriter out, PrintWriter err, List<Problem> unreadable) {
        LintInput current = load(against, unreadable);
        LintInput next = files.size() == 1 ? load(files.get(0), unreadable) : null;
        if (current == null || next == null) {
            err.println("error: --against CURRENT takes exactly one readable new config FILE");
            return ExitCodes.BAD_INPUT;
        }
        List<ConfigDiff.Change> changes = ConfigDiff.diff(current, next);
        boolean drain = false;
        for (ConfigDiff.Change c : changes) {
            out.println(c.field() + ": " + (c.before() == null ? "(default)" : c.before()) + " -> "
                    + (c.after() == null ? "(default)" : c.after()));
            out.println("  " + (c.ruleId() == null ? "" : c.ruleId() + ": ") + c.procedure());
            drain |= c.ruleId() != null;
        }
        out.println(changes.isEmpty() ? "no change" : drain ? "this change needs a drain (for a human to carry out"
                + " after review; numa-advisor runs nothing)" : "a kubelet restart is enough");
        out.flush();
        return ExitCodes.OK;
    }

    private String render(LintResult result, RuleRegistry registry) {
        switch (output) {
            case json:
                return LintJsonWriter.write(result) + "\n";
            case sarif:
                return LintSarifWriter.write(result, registry) + "\n";
            default:
                return LintTextWriter.write(result, new Style(colourWanted()));
        }
    }

    /** Colour only on a terminal and when NO_COLOR is unset (https://no-color.org). */
    private static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM"));
    }

    private static LintInput load(String name, List<Problem> unreadable) {
        try {
            String text = "-".equals(name) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(name), StandardCharsets.UTF_8);
            return new LintInput(name, text);
        } catch (IOException | RuntimeException e) {
            unreadable.add(new Problem(Problem.Kind.INVALID, "", new dev.numaadvisor.core.problem.SourcePosition(
                    name, 0, 0), null, "cannot read the file: " + e.getMessage(), null));
            return null;
        }
    }
}
