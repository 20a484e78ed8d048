package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code lscpu -e}: a header row of column names ({@code CPU NODE SOCKET CORE
 * L1d:L1i:L2:L3 ONLINE …}) and one whitespace-separated row per CPU, mapped by header name.
 */
public final class LscpuExtendedParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        String[] names = null;
        List<LscpuRow> rows = new ArrayList<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (names == null) {
                names = cells;
                if (!names[0].equalsIgnoreCase("CPU")) {
                    throw InputErrors.badLine(source, i + 1, line, "expected the lscpu -e header row"
                            + " starting with CPU", "paste the output of lscpu -e unchanged");
                }
                continue;
            }
            if (cells.length != names.length) {
                throw InputErrors.badLine(source, i + 1, line, "this row has " + cells.length
                        + " columns but the header has " + names.length + " (a truncated line?)",
                        "paste the complete lscpu -e output");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.length; c++) {
                row.put(names[c].toUpperCase(Locale.ROOT), cells[c]);
            }
            rows.add(new LscpuRow(row, i + 1));
        }
        return LscpuTable.toFacts(source, InputFormat.LSCPU_EXTENDED, rows, List.of());
    }
}
