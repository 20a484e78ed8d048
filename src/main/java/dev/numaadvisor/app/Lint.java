package dev.numaadvisor.app;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.admission.Harness;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.admission.NodeSimulator;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.StateCheckpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lint use case: reads the inputs, builds one {@link LintView} per KubeletConfiguration (pods
 * and state of all inputs attach to the first; with no config, only pod rules run), runs the
 * registry and says whether the kubelet starts: with a machine, by running the simulator's
 * start-up; without one, predicted from the findings of the rules that mark start failures.
 */
public final class Lint {
    private Lint() {
    }

    /** {@code node} may be null (no --node): machine-aware rules then stay quiet. */
    public static LintResult run(List<LintInput> inputs, LintInput node, KubeVersion version, RuleRegistry registry) {
        LintDocuments docs = LintReader.read(inputs);
        List<Problem> inputErrors = new ArrayList<>(docs.inputErrors);
        Machine machine = docs.machine;
        if (node != null) {
            try {
                machine = LintReader.readNode(node);
            } catch (InputException e) {
                inputErrors.addAll(e.problems());
            }
        }
        return check(docs, inputErrors, machine, inputs.stream().map(LintInput::fileName).toList(), version,
                registry);
    }

    private static LintResult check(LintDocuments docs, List<Problem> inputErrors, Machine machine,
                                    List<String> files, KubeVersion version, RuleRegistry registry) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> first = null;
        for (LintView view : views(docs, machine, version)) {
            List<Finding> own = registry.check(view);
            first = first == null ? own : first;
            findings.addAll(own);
        }
        String startError;
        if (machine != null && !docs.configs.isEmpty()) {
            KubeletStartError e = NodeSimulator.startUp(startInput(docs, machine, version));
            startError = e == null ? null : e.getMessage();
            Finding missing = e == null ? null : StartupFinding.unlessReported(e, findings, registry,
                    docs.configs.get(0).document().documentPosition());
            if (missing != null) {
                findings.add(missing);
            }
        } else {
            startError = first == null ? null : StartupPrediction.startError(first, registry);
        }
        findings.sort(Comparator.comparing((Finding f) -> f.position().file())
                .thenComparingInt(f -> f.position().line()).thenComparingInt(f -> f.position().column())
                .thenComparing(Finding::ruleId));
        return new LintResult(startError == null, startError, findings, files, inputErrors);
    }

    /**
     * One text (a tool's argument): like {@link #run(List, LintInput, KubeVersion, RuleRegistry)},
     * but text that did not read cleanly is an {@link InputException}: with nothing (or only part)
     * read, there is no lint result to give, least of all "the kubelet starts".
     */
    public static LintResult text(String fileName, String text, KubeVersion version, RuleRegistry registry) {
        LintResult r = run(List.of(new LintInput(fileName, text)), null, version, registry);
        if (!r.inputErrors().isEmpty()) {
            throw new InputException(r.inputErrors());
        }
        return r;
    }

    /**
     * With a machine, the start-up verdict is the simulator's own start-up on the first config and
     * the state files: one set of checks, so lint, /lint, simulate and draft cannot disagree.
     */
    private static SimulationInput startInput(LintDocuments docs, Machine machine, KubeVersion version) {
        KubeletConfigDocument d = docs.configs.get(0).document();
        return new SimulationInput(machine, d.config(), d.decodeFailureMessage(), version, Harness.NONE,
                docs.cpuState, docs.memoryState, List.of(), List.of(), List.of());
    }

    /**
     * As {@link #run(List, LintInput, KubeVersion, RuleRegistry)} with the machine already known
     * (a session's or a draft's node): no node file to read.
     */
    public static LintResult withMachine(List<LintInput> inputs, Machine machine, KubeVersion version,
                                         RuleRegistry registry) {
        LintDocuments docs = LintReader.read(inputs);
        List<String> files = inputs.stream().map(LintInput::fileName).toList();
        return check(docs, new ArrayList<>(docs.inputErrors), machine == null ? docs.machine : machine, files,
                version, registry);
    }

    /** Lints typed inputs (a session's config, pods and checkpoints with its machine); reads no text. */
    public static LintResult run(LintSubject subject, KubeVersion version, RuleRegistry registry) {
        LintDocuments docs = new LintDocuments();
        Map<String, String> scalars = new TreeMap<>();
        subject.configFields().forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                scalars.put(k, String.valueOf(v));
            }
        });
        docs.configs.add(new LintDocuments.Config(subject.config(), scalars));
        docs.pods.addAll(subject.pods());
        for (Map<String, Object> c : subject.checkpoints()) {
            YNode doc = YamlSource.value(subject.configName(), c);
            StateCheckpoint checkpoint = CheckpointShape.recognise(doc);
            if (checkpoint != null) {
                docs.addCheckpoint(checkpoint, doc);
            }
        }
        List<String> files = new ArrayList<>(List.of(subject.configName()));
        subject.pods().forEach(p -> files.add(p.position().file()));
        return check(docs, new ArrayList<>(), subject.machine(), files, version, registry);
    }

    private static List<LintView> views(LintDocuments docs, Machine machine, KubeVersion version) {
        List<LintView> views = new ArrayList<>();
        boolean first = true;
        for (LintDocuments.Config c : docs.configs) {
            KubeletConfigDocument d = c.document();
            List<Problem> ignored = new ArrayList<>(d.ignoredFields());
            if (first) {
                ignored.addAll(docs.ignored);
            }
            views.add(new LintView(d.config(), true, d.positions(), d.documentPosition(), c.scalars(),
                    d.decodeErrors(), ignored, machine, first ? docs.pods : List.of(),
                    first ? docs.checkpoints : List.of(), version));
            first = false;
        }
        if (views.isEmpty() && !docs.pods.isEmpty()) {
            views.add(new LintView(KubeletConfig.defaults(), false, Map.of(), SourcePosition.UNKNOWN, Map.of(),
                    List.of(), List.of(), machine, docs.pods, docs.checkpoints, version));
        }
        return views;
    }
}
