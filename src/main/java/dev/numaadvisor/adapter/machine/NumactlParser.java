package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code numactl -H}: {@code available: N nodes (ids)}, per node its CPUs (space-separated,
 * possibly none), size and free in MiB (printed "MB"), then the distance matrix whose header row
 * names the columns. Node ids need not be dense. A paste cut short is an error, never a guess.
 */
public final class NumactlParser implements FactsParser {
    private static final Pattern AVAILABLE = Pattern.compile("available:\\s*(\\d+) nodes?\\s*\\(([^)]*)\\)");
    private static final Pattern NODE = Pattern.compile("node (\\d+) (cpus|size|free):\\s*(.*)");
    private static final Pattern ROW = Pattern.compile("(\\d+):((?:\\s+\\d+)+)");
    private static final long MIB = 1L << 20;

    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.NUMACTL);
        List<String> lines = source.lines();
        CpuSet available = null;
        int availableLine = 0;
        Map<Integer, Map<String, String>> nodes = new TreeMap<>();
        Map<String, Integer> nodeLines = new TreeMap<>();
        List<Integer> columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher m;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("No NUMA available")) {
                throw InputErrors.badLine(source, i + 1, line, "numactl says this system has no NUMA",
                        "the kubelet then sees one NUMA node; paste lscpu -p for the CPU layout instead");
            }
            if ((m = AVAILABLE.matcher(line)).matches()) {
                available = ids(source, i + 1, m.group(2));
                availableLine = i + 1;
                checkCount(source, i + 1, Integer.parseInt(m.group(1)), available);
            } else if ((m = NODE.matcher(line)).matches()) {
                int id = Integer.parseInt(m.group(1));
                nodes.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(m.group(2), m.group(3).trim());
                nodeLines.put(id + " " + m.group(2), i + 1);
            } else if (line.equals("node distances:")) {
                continue;
            } else if (line.startsWith("node ") && line.substring(5).trim().matches("[\\d\\s]+")) {
                columns = columnIds(line.substring(5));
            } else if ((m = ROW.matcher(line)).matches() && columns != null) {
                b.distances(Integer.parseInt(m.group(1)), row(source, i + 1, columns, m.group(2)));
            } else {
                throw InputErrors.badLine(source, i + 1, line, "not a line of numactl -H output",
                        "paste the output of numactl -H unchanged");
            }
        }
        if (available == null) {
            throw InputErrors.missing(source, 1, "no \"available: N nodes\" line",
                    "paste the output of numactl -H from its first line");
        }
        addNodes(source, b, available, availableLine, nodes, nodeLines);
        checkDistances(source, lines.size(), available, b);
        return b.build();
    }

    private static void addNodes(SourceText source, NodeFactsBuilder b, CpuSet available, int line,
                                 Map<Integer, Map<String, String>> nodes, Map<String, Integer> lines) {
        for (int id : available.toArray()) {
            Map<String, String> n = nodes.get(id);
            if (n == null || !n.containsKey("cpus") || !n.containsKey("size")) {
                throw InputErrors.missing(source, n == null ? line : lines.get(id + " cpus"), "node " + id
                        + " is available but its cpus/size lines are missing: the output looks truncated",
                        "paste the complete numactl -H output");
            }
            CpuSet cpus = ids(source, lines.get(id + " cpus"), n.get("cpus"));
            Long size = megabytes(source, lines.get(id + " size"), n.get("size"));
            Long free = n.containsKey("free") ? megabytes(source, lines.get(id + " free"), n.get("free")) : null;
            b.numa(new NumaFact(id, cpus, size, MIB, free, Map.of(), null, source.fileName()));
            cpus.stream().forEach(cpu -> b.cpu(cpu, null, null, id, null));
        }
    }

    /** "0 1 2" (cpus) or "0-7" / "0,2" (available) — both become a CpuSet of ids. */
    private static CpuSet ids(SourceText source, int line, String text) {
        String list = text.trim().replaceAll("\\s+", ",");
        try {
            return CpuSet.parse(list);
        } catch (IllegalArgumentException e) {
            throw InputErrors.badValue(source, line, "", text, e.getMessage());
        }
    }

    private static void checkCount(SourceText source, int line, int count, CpuSet ids) {
        if (ids.size() != count) {
            throw InputErrors.badValue(source, line, "available", ids.toString(),
                    "says " + count + " nodes but lists " + ids.size());
        }
    }

    private static Long megabytes(SourceText source, int line, String text) {
        if (!text.matches("\\d{1,12} MB")) {
            throw InputErrors.badValue(source, line, "size", text, "expected a size such as \"64306 MB\"");
        }
        return Long.parseLong(text.substring(0, text.length() - 3)) * MIB;
    }

    private static List<Integer> columnIds(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : text.trim().split("\\s+")) {
            out.add(Integer.parseInt(s));
        }
        return out;
    }

    private static Map<Integer, Integer> row(SourceText source, int line, List<Integer> columns, String text) {
        String[] cells = text.trim().split("\\s+");
        if (cells.length != columns.size()) {
            throw InputErrors.badLine(source, line, text.trim(), "this distance row has "
                    + cells.length + " values for " + columns.size() + " nodes (a truncated line?)",
                    "paste the complete numactl -H output");
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            out.put(columns.get(i), Integer.parseInt(cells[i]));
        }
        return out;
    }

    private static void checkDistances(SourceText source, int lastLine, CpuSet available, NodeFactsBuilder b) {
        NodeFacts sofar = b.build();
        if (sofar.distances().isEmpty()) {
            if (available.size() > 1) {
                b.assume("no \"node distances:\" table: distances unknown");
            }
            return;
        }
        for (int id : available.toArray()) {
            if (!sofar.distances().containsKey(id)) {
                throw InputErrors.missing(source, lastLine, "the distance row of node " + id
                        + " is missing: the output looks truncated", "paste the complete numactl -H output");
            }
        }
    }
}
