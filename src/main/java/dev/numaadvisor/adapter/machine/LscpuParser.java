package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads human {@code lscpu} output, classic flat and grouped (util-linux ≥ 2.37) layouts alike:
 * every line is {@code Key: value}, possibly indented under a section header; lines without a key
 * are terminal-wrapped continuations (of {@code Flags:}) and are skipped. What the output does not
 * tell (SMT pairing, sockets of NUMA nodes, L3 groups) is inferred by {@link LscpuSummary}.
 */
public final class LscpuParser implements FactsParser {
    /** A key starts with a letter or digit and ends at the first colon followed by space or end. */
    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z0-9][^:]*?):(?:\\s+(.*))?$");

    @Override
    public NodeFacts parse(SourceText source) {
        List<LscpuField> fields = new ArrayList<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.contains("\uFF1A")) {
                throw InputErrors.badLine(source, i + 1, line, "localised lscpu output",
                        "rerun it as LC_ALL=C lscpu so the keys are in English");
            }
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                fields.add(new LscpuField(m.group(1).trim(), m.group(2) == null ? "" : m.group(2).trim(), i + 1));
            } else if (!Character.isWhitespace(line.charAt(0))) {
                throw InputErrors.badLine(source, i + 1, line, "not a \"Key: value\" line of lscpu output",
                        "paste the output of LC_ALL=C lscpu unchanged");
            }
        }
        return LscpuSummary.toFacts(source, InputFormat.LSCPU, fields);
    }
}
