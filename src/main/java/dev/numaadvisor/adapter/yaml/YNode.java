package dev.numaadvisor.adapter.yaml;

import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node that knows its field path and 1-based position. Typed accessors record a
 * {@link Problem} and return a fallback instead of throwing, so a reader collects every problem;
 * on mappings, {@link #finish} reports the keys nobody asked for as unknown fields.
 */
public final class YNode {
    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries;
    private final Set<String> consumed = new LinkedHashSet<>();

    YNode(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.entries = node instanceof MappingNode ? index((MappingNode) node) : Map.of();
    }

    private Map<String, NodeTuple> index(MappingNode m) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "?";
            if (out.containsKey(key)) {
                problems.add(Problem.Kind.DUPLICATE, child(key), pos(t.getKeyNode()), key,
                        "the key appears twice in this mapping", "keep one of the two entries");
                continue;
            }
            out.put(key, t);
        }
        return out;
    }

    public Problems problems() {
        return problems;
    }

    public String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    public SourcePosition position() {
        return pos(node);
    }

    private SourcePosition pos(Node n) {
        if (n.getStartMark() == null) {
            return new SourcePosition(problems.fileName(), 0, 0);
        }
        return new SourcePosition(problems.fileName(), n.getStartMark().getLine() + 1,
                n.getStartMark().getColumn() + 1);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public void error(Problem.Kind kind, String bad, String detail, String hint) {
        problems.add(kind, path(), position(), bad, detail, hint);
    }

    /** Reports a problem on this node and returns false when it is not a mapping. */
    public boolean expectMap() {
        if (!isMap()) {
            error(Problem.Kind.INVALID, scalarOrNull(), "expected a mapping (key: value)", null);
            return false;
        }
        return true;
    }

    // ---- mapping access ----

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Keys in document order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** The child at {@code key}, marking it as used; null when absent. */
    public YNode get(String key) {
        NodeTuple t = entries.get(key);
        consumed.add(key);
        return t == null ? null : new YNode(t.getValueNode(), child(key), problems);
    }

    /** The child at {@code key}; absent means a "required value" problem and null. */
    public YNode require(String key, String hint) {
        YNode n = get(key);
        if (n == null) {
            problems.add(Problem.Kind.REQUIRED, child(key), position(), null,
                    "this field is required", hint);
        }
        return n;
    }

    /** Marks keys as known without reading them (documentation fields, ignored fields). */
    public void allow(String... keys) {
        consumed.addAll(List.of(keys));
    }

    /** Position of a key itself (for unknown-field reports and findings). */
    public SourcePosition keyPosition(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : pos(t.getKeyNode());
    }

    /** Reports every key not read or allowed as an unknown field; {@code known} lists the valid ones. */
    public void finish(Collection<String> known) {
        // Sorted: Set.of iterates in an order that changes from one JVM start to the next.
        Collection<String> sorted = new java.util.TreeSet<>(known);
        for (String key : entries.keySet()) {
            if (!consumed.contains(key)) {
                String suggestion = closest(key, sorted);
                problems.add(Problem.Kind.UNKNOWN_FIELD, child(key), keyPosition(key), key,
                        "not a field here", suggestion == null ? "known fields: " + String.join(", ", sorted)
                                : "did you mean \"" + suggestion + "\"?");
            }
        }
    }

    public void finish() {
        finish(consumed);
    }

    static String closest(String key, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = dev.numaadvisor.core.problem.EditDistance.between(key.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    // ---- scalars ----

    public String scalarOrNull() {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
    }

    /** A string scalar; numbers and booleans are accepted as their text. */
    public String asString() {
        if (!isScalar() || isNull()) {
            error(Problem.Kind.INVALID, null, "expected a string", null);
            return null;
        }
        return scalarOrNull();
    }

    /** True when the scalar was written as a YAML string (quoted or plain text, not a bool/number). */
    public boolean isStringTagged() {
        return isScalar() && Tag.STR.equals(node.getTag());
    }

    public Integer asInt() {
        String s = isScalar() ? scalarOrNull() : null;
        if (s != null && s.matches("[+-]?\\d{1,9}")) {
            return Integer.parseInt(s);
        }
        error(Problem.Kind.INVALID, s, "expected a whole number", null);
        return null;
    }

    public Boolean asBool() {
        String s = isScalar() ? scalarOrNull() : null;
        if ("true".equalsIgnoreCase(s) || "false".equalsIgnoreCase(s)) {
            return Boolean.parseBoolean(s.toLowerCase());
        }
        error(Problem.Kind.INVALID, s, "expected true or false", null);
        return null;
    }

    public Quantity asQuantity() {
        String s = isScalar() && !isNull() ? scalarOrNull() : null;
        if (s == null) {
            error(Problem.Kind.INVALID, null, "expected a quantity such as 4, 3500m or 16Gi", null);
            return null;
        }
        try {
            return Quantity.parse(s);
        } catch (IllegalArgumentException e) {
            error(Problem.Kind.INVALID, s, "not a Kubernetes quantity",
                    "write a number with an optional suffix: 4, 3500m, 16Gi, 1G");
            return null;
        }
    }

    public CpuSet asCpuSet() {
        String s = isScalar() && !isNull() ? scalarOrNull() : null;
        if (s == null) {
            error(Problem.Kind.INVALID, null, "expected a CPU list such as \"0-3,8\"", null);
            return null;
        }
        try {
            return CpuSet.parse(s);
        } catch (IllegalArgumentException e) {
            error(Problem.Kind.INVALID, s, e.getMessage(), "write CPU ids and ranges like \"0-3,8,10-11\"");
            return null;
        }
    }

    // ---- convenience on mappings ----

    public String string(String key, String fallback) {
        YNode n = get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        String s = n.asString();
        return s == null ? fallback : s;
    }

    public Integer integer(String key, Integer fallback) {
        YNode n = get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        Integer i = n.asInt();
        return i == null ? fallback : i;
    }

    public Boolean bool(String key, Boolean fallback) {
        YNode n = get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        Boolean b = n.asBool();
        return b == null ? fallback : b;
    }

    // ---- collections ----

    public List<YNode> items() {
        List<YNode> out = new ArrayList<>();
        if (!(node instanceof SequenceNode)) {
            error(Problem.Kind.INVALID, scalarOrNull(), "expected a list", null);
            return out;
        }
        List<Node> values = ((SequenceNode) node).getValue();
        for (int i = 0; i < values.size(); i++) {
            out.add(new YNode(values.get(i), path() + "[" + i + "]", problems));
        }
        return out;
    }

    /** The entries of a mapping as positioned children, in document order (all marked used). */
    public Map<String, YNode> entries() {
        Map<String, YNode> out = new LinkedHashMap<>();
        if (!expectMap()) {
            return out;
        }
        for (String k : entries.keySet()) {
            out.put(k, get(k));
        }
        return out;
    }

    /** A string-to-string mapping; non-string values are reported. */
    public Map<String, String> stringMap() {
        Map<String, String> out = new TreeMap<>();
        entries().forEach((k, v) -> {
            String s = v.asString();
            if (s != null) {
                out.put(k, s);
            }
        });
        return out;
    }

    public Map<String, Quantity> quantityMap() {
        Map<String, Quantity> out = new TreeMap<>();
        entries().forEach((k, v) -> {
            Quantity q = v.asQuantity();
            if (q != null) {
                out.put(k, q);
            }
        });
        return out;
    }

    /** Plain Java value (Map, List, String, Long, Double, Boolean or null), for pass-through data. */
    public Object toJava() {
        if (node instanceof MappingNode) {
            Map<String, Object> m = new LinkedHashMap<>();
            entries().forEach((k, v) -> m.put(k, v.toJava()));
            return m;
        }
        if (node instanceof SequenceNode) {
            List<Object> l = new ArrayList<>();
            for (YNode i : items()) {
                l.add(i.toJava());
            }
            return l;
        }
        String s = scalarOrNull();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(s.toLowerCase());
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(s.replace("_", ""));
            } catch (NumberFormatException e) {
                return s;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }
}
