package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.numaadvisor.core.hint.TopologyHint;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one shared Jackson set-up: object keys keep their insertion order, output has no
 * timestamps or platform line endings, so the same result always gives the same bytes.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A plain Java tree (maps, lists, strings, numbers, booleans, null) as JSON. */
    public static JsonNode fromJava(Object value) {
        return value == null ? NullNode.getInstance() : MAPPER.valueToTree(value);
    }

    /** One line, no spaces: for JSON Lines. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indented by two spaces with {@code \n} line ends; lists of numbers (NUMA ids) stay on one
     * line as {@code [0, 1]}, other lists put one element per line.
     */
    public static String pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        pretty(node, "", sb);
        return sb.toString();
    }

    private static void pretty(JsonNode node, String indent, StringBuilder sb) {
        String inner = indent + "  ";
        if (node.isObject() && !node.isEmpty()) {
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                sb.append(inner).append(compact(TextNode.valueOf(field.getKey()))).append(": ");
                pretty(field.getValue(), inner, sb);
                sb.append(fields.hasNext() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (node.isArray() && !node.isEmpty() && !allNumbers(node)) {
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                sb.append(inner);
                pretty(node.get(i), inner, sb);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else if (node.isArray()) {
            sb.append(compact(node).replace(",", ", "));
        } else {
            sb.append(compact(node));
        }
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** The contract's hint: {@code {"affinity": [0,1] | null, "preferred": true}}. */
    public static ObjectNode hint(TopologyHint hint) {
        ObjectNode node = object();
        if (hint.affinity() == null) {
            node.putNull("affinity");
        } else {
            ArrayNode ids = node.putArray("affinity");
            hint.affinity().ids().forEach(ids::add);
        }
        node.put("preferred", hint.preferred());
        return node;
    }

    /** A hint list; {@code null} (a provider's nil list) stays JSON null. */
    public static JsonNode hints(List<TopologyHint> hints) {
        if (hints == null) {
            return NullNode.getInstance();
        }
        ArrayNode out = array();
        hints.forEach(h -> out.add(hint(h)));
        return out;
    }
}
