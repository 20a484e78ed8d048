package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns per-CPU rows of the machine-readable lscpu formats into facts. Columns are found by
 * name, never by position. {@code -} or an empty field is unknown; rows marked offline are left
 * out (the kubelet only sees online CPUs). The L3 id is the uncore-cache group.
 */
final class LscpuTable {
    private LscpuTable() {
    }

    static NodeFacts toFacts(SourceText source, InputFormat format, List<LscpuRow> rows,
                             List<String> assumptions) {
        if (rows.isEmpty()) {
            throw InputErrors.missing(source, 1, "no CPU rows", "paste the complete output");
        }
        NodeFactsBuilder b = NodeFacts.builder(source, format);
        assumptions.forEach(b::assume);
        Map<Integer, List<Integer>> cpusOfNode = new TreeMap<>();
        List<Integer> offline = new ArrayList<>();
        for (LscpuRow row : rows) {
            Integer cpu = number(source, row, "CPU");
            if (cpu == null) {
                throw InputErrors.missing(source, row.line(), "a row without a CPU number",
                        "paste the output unchanged; the CPU column is required");
            }
            if (isOffline(row.values().get("ONLINE"))) {
                offline.add(cpu);
                continue;
            }
            Integer numa = number(source, row, "NODE");
            b.cpu(cpu, number(source, row, "CORE"), number(source, row, "SOCKET"), numa, l3(source, row));
            if (numa != null) {
                cpusOfNode.computeIfAbsent(numa, k -> new ArrayList<>()).add(cpu);
            }
        }
        cpusOfNode.forEach((id, cpus) -> b.numa(NumaFact.ofCpus(id, CpuSet.of(cpus), source.fileName())));
        if (!offline.isEmpty()) {
            b.assume("CPUs " + CpuSet.of(offline) + " are offline and left out, as the kubelet does");
        }
        return b.build();
    }

    private static boolean isOffline(String online) {
        return online != null && (online.equalsIgnoreCase("no") || online.equalsIgnoreCase("n")
                || online.equalsIgnoreCase("false"));
    }

    /** The L3 id: its own column ({@code -p} default), or the last part of the cache column. */
    private static Integer l3(SourceText source, LscpuRow row) {
        if (row.values().containsKey("L3")) {
            return number(source, row, "L3");
        }
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            String[] names = e.getKey().split(":", -1);
            if (names.length > 1 && names[names.length - 1].equals("L3")) {
                String[] parts = e.getValue().split(":", -1);
                if (parts.length != names.length) {
                    return parts.length == 1 && isUnknown(parts[0]) ? null
                            : bad(source, row, e.getKey(), e.getValue());
                }
                return parse(source, row, e.getKey(), parts[parts.length - 1]);
            }
        }
        return null;
    }

    private static Integer number(SourceText source, LscpuRow row, String column) {
        String v = row.values().get(column);
        return v == null ? null : parse(source, row, column, v);
    }

    private static Integer parse(SourceText source, LscpuRow row, String column, String v) {
        if (isUnknown(v)) {
            return null;
        }
        if (!v.matches("\\d{1,6}")) {
            return bad(source, row, column, v);
        }
        return Integer.parseInt(v);
    }

    private static boolean isUnknown(String v) {
        return v.isEmpty() || v.equals("-");
    }

    private static Integer bad(SourceText source, LscpuRow row, String column, String v) {
        throw InputErrors.badValue(source, row.line(), column, v, "expected a whole number or \"-\"");
    }
}
