package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.numaadvisor.core.model.CpuSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partial match of a result against a document's {@code expected} block (contract, "--check"):
 * <ul>
 * <li>objects match on the keys given; a key given must exist in the result;</li>
 * <li>{@code null} means the result holds null there;</li>
 * <li>{@code pods} and {@code containers} lists match element by {@code name} (the result may
 *     hold more elements); lists of hints (objects with only affinity/preferred) match as sets;
 *     other lists match element by element and must have the same length;</li>
 * <li>CPU sets (keys {@code cpus}, {@code defaultCpuSet}, {@code reservedCPUs}, and the values
 *     under a {@code cpuManagerCheckpoint}'s {@code entries}) match as sets of CPU ids;</li>
 * <li>{@code kubeletStartError.message} and {@code node.kubeletStartError.message} match as a
 *     substring of the result's message;</li>
 * <li>numbers match by value (1 = 1.0), strings and booleans exactly.</li>
 * </ul>
 */
public final class ExpectedMatcher {
    private static final Set<String> CPU_SET_KEYS = Set.of("cpus", "defaultCpuSet", "reservedCPUs");
    private static final Set<String> LISTS_BY_NAME = Set.of("pods", "containers");
    private static final Set<String> SUBSTRING_PATHS =
            Set.of("kubeletStartError.message", "node.kubeletStartError.message");
    private static final Set<String> HINT_KEYS = Set.of("affinity", "preferred");

    private ExpectedMatcher() {
    }

    /** The first difference: where, what was expected, what the result holds (null = missing). */
    public record Mismatch(String path, JsonNode expected, JsonNode actual) {
        public String message() {
            return (path.isEmpty() ? "(result)" : path) + ": expected " + Json.compact(expected) + ", actual "
                    + (actual == null ? "(missing)" : Json.compact(actual));
        }
    }

    /** Empty when {@code actual} satisfies every part of {@code expected}. */
    public static Optional<Mismatch> match(JsonNode expected, JsonNode actual) {
        return Optional.ofNullable(match(expected, actual, new Where("", "", null, false)));
    }

    /**
     * Where a node sits: {@code path} as printed (with list positions and names), {@code keyPath}
     * with keys only (for the substring rule), the key that holds it, and whether it lies under
     * a CPU checkpoint's entries.
     */
    private record Where(String path, String keyPath, String key, boolean inCpuEntries) {
        Where field(String name) {
            boolean cpuEntries = inCpuEntries || "entries".equals(name) && "cpuManagerCheckpoint".equals(key);
            return new Where(join(path, name), join(keyPath, name), name, cpuEntries);
        }

        Where element(String label) {
            return new Where(path + "[" + label + "]", keyPath, key, inCpuEntries);
        }

        private static String join(String prefix, String name) {
            return prefix.isEmpty() ? name : prefix + "." + name;
        }
    }

    private static Mismatch match(JsonNode expected, JsonNode actual, Where where) {
        if (expected.isNull()) {
            return actual != null && actual.isNull() ? null : new Mismatch(where.path(), expected, actual);
        }
        if (actual == null) {
            return new Mismatch(where.path(), expected, null);
        }
        if (isCpuSet(expected, where)) {
            return sameCpus(expected, actual) ? null : new Mismatch(where.path(), expected, actual);
        }
        if (expected.isTextual() && SUBSTRING_PATHS.contains(where.keyPath())) {
            return actual.isTextual() && actual.asText().contains(expected.asText())
                    ? null : new Mismatch(where.path(), expected, actual);
        }
        if (expected.isObject()) {
            return matchObject(expected, actual, where);
        }
        if (expected.isArray()) {
            return matchArray(expected, actual, where);
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null : new Mismatch(where.path(), expected, actual);
        }
        return expected.equals(actual) ? null : new Mismatch(where.path(), expected, actual);
    }

    private static Mismatch matchObject(JsonNode expected, JsonNode actual, Where where) {
        if (!actual.isObject()) {
            return new Mismatch(where.path(), expected, actual);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Mismatch m = match(field.getValue(), actual.get(field.getKey()), where.field(field.getKey()));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Mismatch matchArray(JsonNode expected, JsonNode actual, Where where) {
        if (!actual.isArray()) {
            return new Mismatch(where.path(), expected, actual);
        }
        if (LISTS_BY_NAME.contains(where.key()) && allNamed(expected)) {
            return matchByName(expected, actual, where);
        }
        if (isHintList(expected)) {
            return sameSet(expected, actual, where) ? null : new Mismatch(where.path(), expected, actual);
        }
        if (expected.size() != actual.size()) {
            return new Mismatch(where.path(), expected, actual);
        }
        for (int i = 0; i < expected.size(); i++) {
            Mismatch m = match(expected.get(i), actual.get(i), where.element(Integer.toString(i)));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Mismatch matchByName(JsonNode expected, JsonNode actual, Where where) {
        for (JsonNode wanted : expected) {
            String name = wanted.get("name").asText();
            JsonNode found = null;
            for (JsonNode candidate : actual) {
                if (candidate.isObject() && candidate.path("name").isTextual()
                        && candidate.get("name").asText().equals(name)) {
                    found = candidate;
                    break;
                }
            }
            Mismatch m = match(wanted, found, where.element("name=" + name));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static boolean allNamed(JsonNode list) {
        for (JsonNode element : list) {
            if (!element.isObject() || !element.path("name").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHintList(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode element : list) {
            if (!element.isObject() || element.isEmpty()) {
                return false;
            }
            Iterator<String> names = element.fieldNames();
            while (names.hasNext()) {
                if (!HINT_KEYS.contains(names.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every expected hint is in the result and every hint of the result is expected. */
    private static boolean sameSet(JsonNode expected, JsonNode actual, Where where) {
        for (JsonNode wanted : expected) {
            if (!containsMatch(wanted, actual, where, true)) {
                return false;
            }
        }
        for (JsonNode got : actual) {
            if (!containsMatch(got, expected, where, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsMatch(JsonNode node, JsonNode list, Where where, boolean nodeIsExpected) {
        for (JsonNode other : list) {
            Mismatch m = nodeIsExpected ? match(node, other, where) : match(other, node, where);
            if (m == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCpuSet(JsonNode expected, Where where) {
        return (expected.isTextual() || expected.isIntegralNumber())
                && (CPU_SET_KEYS.contains(where.key()) || where.inCpuEntries());
    }

    private static boolean sameCpus(JsonNode expected, JsonNode actual) {
        if (!(actual.isTextual() || actual.isIntegralNumber())) {
            return false;
        }
        try {
            return CpuSet.parse(expected.asText()).equals(CpuSet.parse(actual.asText()));
        } catch (IllegalArgumentException notACpuList) {
            return expected.asText().equals(actual.asText());
        }
    }
}
