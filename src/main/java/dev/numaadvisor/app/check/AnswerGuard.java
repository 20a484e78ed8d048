package dev.numaadvisor.app.check;

import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.LintInput;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an answer before the user sees it: lints every YAML/JSON block that is a
 * KubeletConfiguration or a Pod against the node in {@link Facts} (so node rules fire) and shows
 * the findings under it; compares the claims of the prose with the simulator's result for the pod
 * each claim is about ({@link ClaimCheck}); marks every line holding a command of the
 * {@link DangerousCommands} catalogue "for a human to run after review". It executes nothing.
 */
public final class AnswerGuard {
    public static final String HUMAN_MARK = "⚠ for a human to run after review";
    private static final Pattern BLOCK = Pattern.compile("(?s)```([A-Za-z]*)[ \\t]*\\n(.*?)```");

    /** What an answer is checked against: the simulation (may be null) and the node (may be null). */
    public record Facts(SimulationResult result, Machine machine) {
        public static final Facts NONE = new Facts(null, null);

        /** The same node without a result: annotations (marks, lint) but no claim comparison. */
        public Facts withMachine(Machine m) {
            return new Facts(null, m);
        }
    }

    /**
     * The annotated answer and what disagreed with the simulator (empty when nothing did). {@code
     * notes}: what the prose seemed to say against the simulator while the answer's placement block
     * agreed with it; shown under the answer, not asked about again (prose is read by heuristics, the
     * block exactly).
     */
    public record Checked(String text, List<String> mismatches, int linted, List<String> notes) {
        public Checked {
            mismatches = List.copyOf(mismatches);
            notes = List.copyOf(notes);
        }

        public Checked(String text, List<String> mismatches, int linted) {
            this(text, mismatches, linted, List.of());
        }
    }

    private AnswerGuard() {
    }

    /** {@code result} is the simulator's result for the session, or null when there is none to compare. */
    public static Checked check(String answer, SimulationResult result) {
        return check(answer, new Facts(result, null));
    }

    public static Checked check(String answer, Facts facts) {
        List<String> fromProse = ClaimCheck.compare(prose(answer), facts.result(), facts.machine());
        PlacementBlock.Reading placed = PlacementBlock.read(answer);
        List<String> fromBlock = placed.mismatches(facts);
        int[] linted = {0};
        String text = annotateBlocks(answer, facts.machine(), linted);
        if (placed.present() && fromBlock.isEmpty() && facts.result() != null) {
            StringBuilder sb = new StringBuilder(text.stripTrailing())
                    .append("\n> checked by numa-advisor: the placement block agrees with the simulator\n");
            fromProse.forEach(n -> sb.append("> note: the prose may say otherwise: ").append(n).append('\n'));
            return new Checked(sb.toString(), List.of(), linted[0], fromProse);
        }
        List<String> mismatches = new java.util.ArrayList<>(fromBlock);
        mismatches.addAll(fromProse);
        return new Checked(text, mismatches.stream().distinct().toList(), linted[0], List.of());
    }

    /** Lints config blocks and marks node-changing commands, in blocks and in prose alike. */
    private static String annotateBlocks(String answer, Machine machine, int[] linted) {
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
                sb.append('\n').append(lint(body, lang, linted[0], machine).stripTrailing());
            }
            last = m.end();
        }
        String rest = answer.substring(last);
        int open = rest.indexOf("```");
        if (open >= 0) {
            // An unclosed block (a cut stream): its lines are commands as much as a closed block's.
            sb.append(markProse(rest.substring(0, open))).append(markBlock(rest.substring(open)));
        } else {
            sb.append(markProse(rest));
        }
        return sb.toString();
    }

    static boolean isConfigOrPod(String body) {
        return body.matches("(?s).*[\"']?kind[\"']?\\s*:\\s*[\"']?(KubeletConfiguration|Pod)\\b.*");
    }

    /** One line per finding, prefixed so the user can tell the check from the model's text. */
    static String lint(String body, String lang, int n, Machine machine) {
        String name = "answer-block-" + n + (lang.equals("json") ? ".json" : ".yaml");
        LintResult r;
        try {
            r = Lint.withMachine(List.of(new LintInput(name, body)), machine, KubeVersion.NEWEST,
                    RuleRegistry.standard());
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
        String node = machine == null ? "" : " against the session's node";
        String head = sb.length() == 0 ? "> checked by numa-advisor lint" + node + ": no findings\n"
                : "> checked by numa-advisor lint" + node + ":\n";
        return head + sb;
    }

    /** Lines of prose, each kept (blank ones too) and marked when it holds a node-changing command. */
    static String markProse(String text) {
        return mark(text, line -> DangerousCommands.findInProse(line).isPresent(), " (" + HUMAN_MARK + ")");
    }

    static String markBlock(String body) {
        return mark(body, line -> !line.startsWith("```") && DangerousCommands.changesTheNode(line), "   # " + HUMAN_MARK);
    }

    /** Every line kept as it is; a line {@code dangerous} and not yet marked gets {@code suffix}. */
    private static String mark(String text, Predicate<String> dangerous, String suffix) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            sb.append(line);
            if (!line.contains(HUMAN_MARK) && dangerous.test(line)) {
                sb.append(suffix);
            }
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The answer without its code blocks: verdicts and CPU sets are claims made in prose. */
    static String prose(String answer) {
        return BLOCK.matcher(answer).replaceAll(" ");
    }

    /** What the simulator decided, one clause per pod, for the re-prompt and the warning. */
    public static String verdicts(SimulationResult r) {
        return Verdicts.of(r, null);
    }
}
