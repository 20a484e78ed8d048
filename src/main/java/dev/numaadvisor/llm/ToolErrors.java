package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.numaadvisor.adapter.json.Json;

/**
 * Tool errors as JSON built by Jackson ({@code {"error": message}}), so a quote, tab or newline in
 * a message can never break the document, and the one test for "is this text a tool error".
 */
final class ToolErrors {
    private static final ObjectMapper READER = new ObjectMapper();

    private ToolErrors() {
    }

    static String json(String message) {
        ObjectNode o = Json.object();
        o.put("error", message == null ? "unknown error" : message);
        return Json.compact(o);
    }

    /** True when {@code text} is a JSON object whose only field is a textual "error". */
    static boolean isError(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            JsonNode n = READER.readTree(text);
            return n != null && n.isObject() && n.size() == 1 && n.path("error").isTextual();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
