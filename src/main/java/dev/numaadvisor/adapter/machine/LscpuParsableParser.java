package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code lscpu -p} / {@code lscpu -p=LIST}: comment lines, the last of which names the
 * columns ({@code # CPU,Core,Socket,Node,,L1d,L1i,L2,L3}; the empty one is the old Book slot),
 * then one comma-separated row per CPU with exactly as many fields as the header.
 */
public final class LscpuParsableParser implements FactsParser {
    /** What {@code lscpu -p} prints without a list, used when the comment lines were cut off. */
    static final String DEFAULT_COLUMNS = "CPU,Core,Socket,Node,,L1d,L1i,L2,L3";

    @Override
    public NodeFacts parse(SourceText source) {
        String header = null;
        List<LscpuRow> rows = new ArrayList<>();
        boolean assumedHeader = false;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                header = rows.isEmpty() ? line.substring(1).trim() : header;
                continue;
            }
            if (header == null) {
                header = DEFAULT_COLUMNS;
                assumedHeader = true;
            }
            rows.add(row(source, i + 1, header, line));
        }
        List<String> assumptions = assumedHeader ? List.of("no \"# CPU,Core,…\" header line:"
                + " the default columns " + DEFAULT_COLUMNS + " assumed") : List.of();
        return LscpuTable.toFacts(source, InputFormat.LSCPU_PARSE, rows, assumptions);
    }

    private static LscpuRow row(SourceText source, int line, String header, String text) {
        String[] names = header.split(",", -1);
        String[] values = text.split(",", -1);
        if (values.length != names.length) {
            throw InputErrors.badLine(source, line, text, "this row has " + values.length
                    + " fields but the header \"# " + header + "\" names " + names.length
                    + " columns (a truncated line?)", "paste the complete lscpu -p output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!names[i].isBlank()) {
                out.put(names[i].trim().toUpperCase(Locale.ROOT), values[i].trim());
            }
        }
        return new LscpuRow(out, line);
    }
}
