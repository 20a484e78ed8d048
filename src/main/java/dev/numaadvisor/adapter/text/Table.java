package dev.numaadvisor.adapter.text;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; the first row is the header. */
public final class Table {
    private final List<String[]> rows = new ArrayList<>();

    public Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    public String render(String indent) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 0 : r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : r[i];
                line.append(cell);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - cell.length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (n == 0) {
                int total = 0;
                for (int i = 0; i < cols; i++) {
                    total += width[i] + (i < cols - 1 ? 2 : 0);
                }
                sb.append(indent).append("-".repeat(total)).append('\n');
            }
        }
        return sb.toString();
    }
}
