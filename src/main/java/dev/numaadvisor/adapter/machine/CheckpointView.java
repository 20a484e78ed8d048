package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.Map;

/**
 * Reads the few checkpoint fields the merge compares against other sources, leniently: the
 * lead's checkpoint readers validate the files; here a field that is absent or malformed just
 * yields null and no comparison.
 */
final class CheckpointView {
    private CheckpointView() {
    }

    static String string(Map<String, Object> doc, String key) {
        Object v = doc.get(key);
        return v instanceof String ? (String) v : null;
    }

    static CpuSet cpuSet(Object value) {
        if (!(value instanceof String)) {
            return null;
        }
        try {
            return CpuSet.parse((String) value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every CPU the entries pin exclusively, or null when the entries cannot be read. */
    @SuppressWarnings("unchecked")
    static CpuSet assigned(Map<String, Object> doc) {
        Object entries = doc.get("entries");
        CpuSet out = CpuSet.empty();
        if (entries == null) {
            return out;
        }
        if (!(entries instanceof Map)) {
            return null;
        }
        for (Object pod : ((Map<String, Object>) entries).values()) {
            if (!(pod instanceof Map)) {
                return null;
            }
            for (Object set : ((Map<String, Object>) pod).values()) {
                CpuSet s = cpuSet(set);
                if (s == null) {
                    return null;
                }
                out = out.union(s);
            }
        }
        return out;
    }

    /** machineState[node].memoryMap.memory.total, or null. */
    @SuppressWarnings("unchecked")
    static Long memoryTotal(Map<String, Object> doc, int node) {
        Object state = doc.get("machineState");
        if (!(state instanceof Map)) {
            return null;
        }
        Object n = ((Map<String, Object>) state).get(Integer.toString(node));
        Object map = n instanceof Map ? ((Map<String, Object>) n).get("memoryMap") : null;
        Object mem = map instanceof Map ? ((Map<String, Object>) map).get("memory") : null;
        Object total = mem instanceof Map ? ((Map<String, Object>) mem).get("total") : null;
        return total instanceof Number ? ((Number) total).longValue() : null;
    }
}
