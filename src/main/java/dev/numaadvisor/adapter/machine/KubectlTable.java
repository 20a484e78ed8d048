package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits kubectl's column tables. Columns are separated by two or more spaces (kubectl's
 * tabwriter padding), which also survives rows wider than their header; when a row splits into
 * a different number of cells (an empty cell, a message with double spaces) the header's column
 * offsets are used instead. The last column takes the rest of the line.
 */
final class KubectlTable {
    private final List<String> names = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final int indent;

    KubectlTable(String header) {
        indent = header.length() - header.stripLeading().length();
        int i = indent;
        for (String name : header.trim().split("\\s{2,}")) {
            int at = header.indexOf(name, i);
            names.add(name);
            starts.add(at);
            i = at + name.length();
        }
    }

    List<String> names() {
        return names;
    }

    boolean has(String name) {
        return names.contains(name);
    }

    Map<String, String> row(String line) {
        String[] cells = line.trim().split("\\s{2,}", names.size());
        Map<String, String> out = new LinkedHashMap<>();
        if (cells.length == names.size()) {
            for (int c = 0; c < cells.length; c++) {
                out.put(names.get(c), cells[c].trim());
            }
            return out;
        }
        for (int c = 0; c < names.size(); c++) {
            int from = Math.min(starts.get(c), line.length());
            int to = c + 1 < names.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
            out.put(names.get(c), line.substring(from, Math.max(from, to)).trim());
        }
        return out;
    }
}
