package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a NUMA distance matrix, indexed by node id as in sysfs ({@code node<i>/distance} entry j
 * is the distance from node i to node j). Two forms: a matrix {@code [[10, 21], [21, 10]]} for
 * ids 0..n-1, and a map {@code {0: [10, 11, 12, 12], 2: [12, 12, 10, 11]}} for any ids. Every
 * listed node needs a row, and every row an entry for every listed node id.
 */
public final class DistanceReader {
    private DistanceReader() {
    }

    /** The distances by node id; empty when the node is absent or null. Problems go to the node. */
    public static Map<Integer, Map<Integer, Integer>> read(YNode node, List<Integer> nodes) {
        Map<Integer, Map<Integer, Integer>> out = new TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isList()) {
            matrix(node, nodes, out);
        } else if (node.isMap()) {
            byId(node, nodes, out);
        } else {
            node.error(Problem.Kind.INVALID, node.scalarOrNull(),
                    "expected a matrix [[10, 21], [21, 10]] or a map {0: [10, 21], 1: [21, 10]}", null);
        }
        return out;
    }

    private static void matrix(YNode node, List<Integer> nodes, Map<Integer, Map<Integer, Integer>> out) {
        List<YNode> rows = node.items();
        boolean contiguous = true;
        for (int i = 0; i < nodes.size(); i++) {
            contiguous &= nodes.contains(i);
        }
        if (!contiguous) {
            node.error(Problem.Kind.INVALID, null, "the matrix form needs NUMA node ids 0.." + (nodes.size() - 1)
                    + ", but numaNodes is " + nodes, "write the map form, one row per node id: {0: [...], 2: [...]}");
            return;
        }
        if (rows.size() != nodes.size()) {
            node.error(Problem.Kind.INVALID, null, rows.size() + " rows for " + nodes.size() + " NUMA nodes",
                    "write one row per NUMA node");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            row(rows.get(i), i, nodes, out);
        }
    }

    private static void byId(YNode node, List<Integer> nodes, Map<Integer, Map<Integer, Integer>> out) {
        for (Map.Entry<String, YNode> entry : node.entries().entrySet()) {
            String key = entry.getKey();
            if (!key.matches("\\d{1,2}") || !nodes.contains(Integer.parseInt(key))) {
                node.problems().add(Problem.Kind.INVALID, node.path() + "." + key, node.keyPosition(key), key,
                        "not one of the numaNodes " + nodes, null);
                continue;
            }
            row(entry.getValue(), Integer.parseInt(key), nodes, out);
        }
        for (int id : nodes) {
            if (!out.containsKey(id) && !node.has(Integer.toString(id))) {
                node.error(Problem.Kind.REQUIRED, null, "no distance row for NUMA node " + id, null);
            }
        }
    }

    private static void row(YNode row, int from, List<Integer> nodes, Map<Integer, Map<Integer, Integer>> out) {
        List<YNode> items = row.items();
        int maxId = nodes.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (row.isList() && items.size() <= maxId) {
            row.error(Problem.Kind.INVALID, null, items.size() + " entries, but the row is indexed by node id and "
                    + "needs " + (maxId + 1), null);
            return;
        }
        Map<Integer, Integer> distances = new TreeMap<>();
        for (int to = 0; to < items.size(); to++) {
            Integer d = items.get(to).asInt();
            if (d != null && d <= 0) {
                items.get(to).error(Problem.Kind.INVALID, d.toString(), "a NUMA distance is a positive number", null);
            } else if (d != null) {
                distances.put(to, d);
            }
        }
        out.put(from, distances);
    }
}
