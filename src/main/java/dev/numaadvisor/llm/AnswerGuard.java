package dev.numaadvisor.llm;

import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.LintInput;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Verdict;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an answer before the user sees it: lints every YAML/JSON block that is a
 * KubeletConfiguration or a Pod and shows the findings under it; compares any admission verdict
 * or CPU set the answer states with the simulator's result; marks commands that would change a
 * node as "for a human to run after review". It executes nothing.
 */
public final class AnswerGuard {
    public static final String HUMAN_MARK = "⚠ for a human to run after review";
    private static final Pattern BLOCK = Pattern.compile("(?s)```([A-Za-z]*)[ \\t]*\\n(.*?)```");
    private static final Pattern NODE_CHANGING = Pattern.compile("(?i)(\\bkubectl\\s+(?:-\\S+\\s+(?:[^-\\s]\\S*\\s+)?)*"
            + "(?:apply|edit|patch|delete|drain|cordon|uncordon|replace|label|taint|create|scale)\\b"
            + "|\\bsystemctl\\s+\\w+|\\bssh\\s+\\S|\\brm\\s+(?:-\\w+\\s+)*/|\\bsudo\\s"
            + "|(?:>|\\btee\\b|\\bcp\\b|\\bmv\\b|\\bsed\\s+-i\\b)[^\\n]*/var/lib/kubelet)");
    private static final Pattern REJECTION = Pattern.compile("(?i)TopologyAffinityError|\\brejected\\b|\\brejects\\b"
            + "|(?:not|never|won't|cannot|can't|isn't)\\s+(?:be\\s+)?admitted|fails?\\s+admission|UnexpectedAdmissionError");
    private static final Pattern ADMISSION = Pattern.compile("(?i)\\badmitted\\b|\\badmits\\b");
    private static final Pattern CPU_SET = Pattern.compile("(?i)\\bCPUs?\\s*(?:ids?\\s*)?[:=]?\\s*[\\[{(]?\\s*"
            + "(\\d+(?:\\s*[-,]\\s*\\d+)+)");

    /** The annotated answer and what disagreed with the simulator (empty when nothing did). */
    public record Checked(String text, List<String> mismatches, int linted) {
        public Checked {
            mismatches = List.copyOf(mismatches);
        }
    }

    private AnswerGuard() {
    }

    /** {@code result} is the simulator's result for the session, or null when there is none to compare. */
    public static Checked check(String answer, SimulationResult result) {
        return check(answer, result, List.of());
    }

    /** {@code topologySets}: CPU sets that are facts of the machine (each NUMA node's, socket's, all CPUs). */
    public static Checked check(String answer, SimulationResult result, List<CpuSet> topologySets) {
        List<String> mismatches = result == null ? List.of() : compare(prose(answer), result, topologySets);
        int[] linted = {0};
        String text = annotateBlocks(answer, linted);
        return new Checked(text, mismatches, linted[0]);
    }

    /** Lints config blocks and marks node-changing commands, in blocks and in prose alike. */
    private static String annotateBlocks(String answer, int[] linted) {
        Matcher m = BLOCK.matcher(answer);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(markProse(answer.substring(last, m.start())));
            String lang = m.group(1).toLowerCase(Locale.ROOT);
            String body = m.group(2);
            boolean data = lang.equals("yaml") || lang.equals("yml") || lang.equals("json");
            sb.append("```").append(m.group(1)).append('\n').append(data ? body : markBlock(body)).append("```");
            if (data && isConfigOrPod(body)) {
                linted[0]++;
                sb.append('\n').append(lint(body, lang, linted[0]));
            }
            last = m.end();
        }
        sb.append(markProse(answer.substring(last)));
        return sb.toString();
    }

    static boolean isConfigOrPod(String body) {
        return body.matches("(?s).*[\"']?kind[\"']?\\s*:\\s*[\"']?(KubeletConfiguration|Pod)\\b.*");
    }

    /** One line per finding, prefixed so the user can tell the check from the model's text. */
    static String lint(String body, String lang, int n) {
        String name = "answer-block-" + n + (lang.equals("json") ? ".json" : ".yaml");
        LintResult r;
        try {
            r = Lint.run(List.of(new LintInput(name, body)), null, KubeVersion.NEWEST, RuleRegistry.standard());
        } catch (RuntimeException e) {
            return "> checked by numa-advisor lint: could not read this block: " + e.getMessage() + "\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Problem p : r.inputErrors()) {
            sb.append("> - input: ").append(p).append('\n');
        }
        for (Finding f : r.findings()) {
            sb.append("> - ").append(f.ruleId()).append(' ').append(f.severity().toString().toLowerCase(Locale.ROOT))
                    .append(": ").append(f.message()).append(" (line ").append(f.position().line()).append(")\n");
        }
        if (!r.kubeletStarts()) {
            sb.append("> - the kubelet would not start: ").append(r.kubeletStartError()).append('\n');
        }
        String head = sb.length() == 0 ? "> checked by numa-advisor lint: no findings\n"
                : "> checked by numa-advisor lint:\n";
        return head + sb;
    }

    private static String markProse(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
            if (NODE_CHANGING.matcher(line).find() && !line.contains(HUMAN_MARK)) {
                sb.append(" (").append(HUMAN_MARK).append(')');
            }
        }
        return sb.toString();
    }

    private static String markBlock(String body) {
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
            if (NODE_CHANGING.matcher(line).find() && !line.contains(HUMAN_MARK)) {
                sb.append("   # ").append(HUMAN_MARK);
            }
        }
        return sb.toString();
    }

    /** The answer without its code blocks: verdicts and CPU sets are claims made in prose. */
    private static String prose(String answer) {
        return BLOCK.matcher(answer).replaceAll(" ");
    }

    /**
     * Claims versus the result. A rejection claim needs a rejected pod (or a kubelet that does not
     * start); an admission claim needs an admitted pod; a CPU set (a range or list) must be one the
     * simulator assigned, reserved or left in the shared pool, or one of the machine's own sets.
     */
    static List<String> compare(String prose, SimulationResult r, List<CpuSet> topologySets) {
        List<String> out = new ArrayList<>();
        // A pod past numa-advisor's search limit was neither admitted nor rejected by the kubelet.
        boolean anyRejected = r.startError() != null
                || r.pods().stream().anyMatch(p -> p.verdict() == Verdict.REJECTED);
        boolean anyAdmitted = r.pods().stream().anyMatch(PodResult::admitted);
        for (String sentence : prose.split("(?<=[.!?])\\s+|\\n")) {
            boolean rejects = REJECTION.matcher(sentence).find();
            if (rejects && !anyRejected && !r.pods().isEmpty()) {
                out.add("the answer says a pod is rejected, but the simulator admits every pod: " + verdicts(r));
            } else if (!rejects && ADMISSION.matcher(sentence).find() && !anyAdmitted && !r.pods().isEmpty()) {
                out.add("the answer says a pod is admitted, but the simulator admits none: " + verdicts(r));
            }
        }
        List<CpuSet> known = knownSets(r);
        known.addAll(topologySets);
        Matcher m = CPU_SET.matcher(prose);
        while (m.find()) {
            CpuSet claimed;
            try {
                claimed = CpuSet.parse(m.group(1).replaceAll("\\s", ""));
            } catch (RuntimeException e) {
                continue;
            }
            if (!known.contains(claimed)) {
                out.add("the answer names CPUs " + claimed + ", which the simulator neither assigned nor reserved: "
                        + verdicts(r));
            }
        }
        return out.stream().distinct().toList();
    }

    private static List<CpuSet> knownSets(SimulationResult r) {
        List<CpuSet> sets = new ArrayList<>();
        if (r.reservedCpus() != null) {
            sets.add(r.reservedCpus());
        }
        if (r.cpuCheckpoint() != null) {
            sets.add(r.cpuCheckpoint().defaultCpuSet());
        }
        for (PodResult p : r.pods()) {
            for (ContainerResult c : p.containers()) {
                if (c.cpus() != null) {
                    sets.add(c.cpus());
                }
            }
        }
        return sets;
    }

    private static String verdict(PodResult p) {
        switch (p.verdict()) {
            case ADMITTED:
                return " admitted";
            case NOT_SIMULATED:
                return " not simulated (numa-advisor's limit)";
            case REJECTED:
                return " rejected (" + p.reason() + ")";
            default:
                throw new AssertionError(p.verdict());
        }
    }

    /** What the simulator decided, one clause per pod, for the re-prompt and the warning. */
    public static String verdicts(SimulationResult r) {
        if (r.startError() != null) {
            return "the kubelet would not start: " + r.startError().getMessage();
        }
        List<String> parts = new ArrayList<>();
        for (PodResult p : r.pods()) {
            StringBuilder sb = new StringBuilder(p.name()).append(verdict(p));
            for (ContainerResult c : p.containers()) {
                if (!c.init() && c.exclusiveCpus() && c.cpus() != null) {
                    sb.append(", ").append(c.name()).append(" on CPUs ").append(c.cpus());
                }
            }
            parts.add(sb.toString());
        }
        return parts.isEmpty() ? "no pods" : String.join("; ", parts);
    }
}
