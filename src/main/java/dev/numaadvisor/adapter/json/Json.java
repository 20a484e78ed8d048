package dev.numaadvisor.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.core.hint.TopologyHint;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one shared Jackson set-up: object keys keep their insertion order, output has no
 * timestamps or platform line endings, so the same result always gives the same bytes.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

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

    /** Indented by two spaces, {@code \n} line ends. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
