package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a NUMA distance matrix indexed by node id: the list form (row i = node i) or the map
 * form for non-contiguous ids ({@code {0: [10, 11], 2: [11, 10]}}, columns in ascending id order).
 */
public final class DistancesReader {
    private DistancesReader() {
    }

    public static Map<Integer, Map<Integer, Integer>> read(YNode d, Set<Integer> numaIds) {
        Map<Integer, Map<Integer, Integer>> out = new TreeMap<>();
        if (d == null || d.isNull()) {
            return out;
        }
        List<Integer> ids = new ArrayList<>(new java.util.TreeSet<>(numaIds));
        if (d.isList()) {
            List<YNode> rows = d.items();
            if (rows.size() != ids.size()) {
                d.error(Problem.Kind.INVALID, null, "the distance matrix has " + rows.size()
                        + " rows but the machine has " + ids.size() + " NUMA nodes " + ids,
                        "one row per NUMA node, or the map form {id: [...]}");
                return out;
            }
            for (int i = 0; i < rows.size(); i++) {
                out.put(ids.get(i), row(rows.get(i), ids));
            }
            return out;
        }
        for (Map.Entry<String, YNode> e : d.entries().entrySet()) {
            if (!e.getKey().matches("\\d+") || !numaIds.contains(Integer.parseInt(e.getKey()))) {
                e.getValue().error(Problem.Kind.INVALID, e.getKey(), "not a NUMA node of this machine",
                        "the machine's NUMA nodes are " + ids);
                continue;
            }
            out.put(Integer.parseInt(e.getKey()), row(e.getValue(), ids));
        }
        return out;
    }

    private static Map<Integer, Integer> row(YNode r, List<Integer> ids) {
        Map<Integer, Integer> out = new TreeMap<>();
        List<YNode> cells = r.items();
        if (cells.size() != ids.size()) {
            r.error(Problem.Kind.INVALID, null, "a distance row needs " + ids.size() + " entries, one per NUMA node "
                    + ids, null);
            return out;
        }
        for (int j = 0; j < cells.size(); j++) {
            Integer v = cells.get(j).asInt();
            if (v != null) {
                out.put(ids.get(j), v);
            }
        }
        return out;
    }
}
