package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Decodes single sysfs values (cpulists, hex masks, integers); errors name the file and line. */
final class SysfsValues {
    private SysfsValues() {
    }

    static String text(SysfsFiles.Entry e) {
        return e.lines().isEmpty() ? "" : e.lines().get(0).trim();
    }

    static CpuSet cpuList(SysfsFiles.Entry e) {
        try {
            return CpuSet.parse(text(e));
        } catch (IllegalArgumentException ex) {
            throw bad(e, text(e), ex.getMessage());
        }
    }

    /** A cpumap: hex in comma-separated 32-bit groups, most significant group first. */
    static CpuSet cpuMask(SysfsFiles.Entry e) {
        String hex = text(e).replace(",", "");
        if (!hex.matches("[0-9a-fA-F]*")) {
            throw bad(e, text(e), "expected a hex CPU mask such as 00000000,0000ffff");
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < hex.length(); i++) {
            int nibble = Character.digit(hex.charAt(hex.length() - 1 - i), 16);
            for (int bit = 0; bit < 4; bit++) {
                if ((nibble & (1 << bit)) != 0) {
                    ids.add(i * 4 + bit);
                }
            }
        }
        return CpuSet.of(ids);
    }

    static int integer(SysfsFiles.Entry e) {
        String s = text(e);
        if (!s.matches("-?\\d{1,9}")) {
            throw bad(e, s, "expected a whole number");
        }
        return Integer.parseInt(s);
    }

    /** A node's distance file: one value per online node, in node id order. */
    static Map<Integer, Integer> distanceRow(SysfsFiles.Entry e, List<Integer> nodeIds) {
        String[] cells = text(e).split("\\s+");
        if (cells.length != nodeIds.size() || !text(e).matches("[\\d\\s]+")) {
            throw bad(e, text(e), "expected " + nodeIds.size() + " distances, one per NUMA node "
                    + nodeIds);
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            out.put(nodeIds.get(i), Integer.parseInt(cells[i]));
        }
        return out;
    }

    static InputException bad(SysfsFiles.Entry e, String value, String detail) {
        SourcePosition pos = new SourcePosition(e.origin().fileName(), e.firstLine(), 1);
        return new InputException(new Problem(Problem.Kind.INVALID, "", pos, value, detail, null));
    }
}
