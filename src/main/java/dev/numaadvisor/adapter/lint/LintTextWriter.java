package dev.numaadvisor.adapter.lint;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Human output: findings grouped by file, each {@code file:line:col severity ID name: message},
 * then its fix and the kubelet's own message; a summary line with the start-up prediction.
 */
public final class LintTextWriter {
    private LintTextWriter() {
    }

    public static String write(LintResult result, Style style) {
        StringBuilder sb = new StringBuilder();
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.position().file(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            sb.append(style.bold(e.getKey().isEmpty() ? "(pods)" : e.getKey())).append('\n');
            for (Finding f : e.getValue()) {
                sb.append(f.position()).append(' ').append(colour(f.severity(), style))
                        .append(' ').append(f.ruleId()).append(' ').append(f.name()).append(": ")
                        .append(f.message()).append('\n');
                sb.append("  fix: ").append(f.fix()).append('\n');
                if (f.kubeletMessage() != null) {
                    sb.append(style.dim("  kubelet: " + f.kubeletMessage())).append('\n');
                }
            }
            sb.append('\n');
        }
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = result.findings().size() - errors - warnings;
        sb.append(errors).append(" error(s), ").append(warnings).append(" warning(s), ").append(infos)
                .append(" info\n");
        if (!result.inputErrors().isEmpty()) {
            // What was not read cannot be vouched for: no start-up verdict over half the input.
            sb.append(style.red("kubelet start-up not predicted: " + result.inputErrors().size()
                    + " input error(s)")).append('\n');
            return sb.toString();
        }
        sb.append(result.kubeletStarts() ? style.green("kubelet starts")
                : style.red("kubelet does not start: " + result.kubeletStartError())).append('\n');
        return sb.toString();
    }

    private static String colour(Severity s, Style style) {
        switch (s) {
            case ERROR:
                return style.red(s.word());
            case WARNING:
                return style.yellow(s.word());
            default:
                return style.cyan(s.word());
        }
    }
}
