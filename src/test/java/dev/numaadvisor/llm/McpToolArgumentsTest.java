package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The structured tool arguments over MCP, in process: the schema comes from the records, a
 * missing field and a wrong type are tool errors that name the field, never an exception's text.
 */
class McpToolArgumentsTest {
    private static JsonNode call(McpServer server, String tool, String arguments) {
        return server.handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool + "\",\"arguments\":" + arguments + "}}").get("result");
    }

    @Test
    void schemaComesFromTheRecords() {
        JsonNode tools = new McpServer().handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")
                .at("/result/tools");
        JsonNode simulate = null;
        for (JsonNode t : tools) {
            if (t.get("name").asText().equals("simulate")) {
                simulate = t.get("inputSchema");
            }
        }
        assertEquals("integer", simulate.at("/properties/node/properties/sockets/type").asText(), simulate.toString());
        assertEquals("array", simulate.at("/properties/pods/type").asText(), simulate.toString());
        assertEquals("string", simulate.at("/properties/pods/items/properties/cpu/type").asText(), simulate.toString());
        assertTrue(simulate.at("/properties/config/properties/draft").isObject(), simulate.toString());
    }

    @Test
    void missingFieldNamesItsPath() {
        JsonNode r = call(new McpServer(), "simulate", "{\"node\":{\"sockets\":2},\"pods\":[{\"cpu\":\"2\"}]}");
        assertTrue(r.get("isError").asBoolean(), r.toString());
        assertEquals("{\"error\":\"simulate: node.coresPerSocket is required\"}", r.at("/content/0/text").asText());
        JsonNode pod = call(new McpServer(), "simulate", "{\"node\":{\"sockets\":2,\"coresPerSocket\":4},"
                + "\"pods\":[{\"cpu\":\"2\"}]}");
        assertEquals("{\"error\":\"simulate: pods[0].name is required\"}", pod.at("/content/0/text").asText());
        JsonNode change = call(new McpServer(), "whatIf", "{\"change\":{}}");
        assertEquals("{\"error\":\"whatIf: give exactly one change, not 0\"}", change.at("/content/0/text").asText());
    }

    @Test
    void badValuesAreClearErrors() throws Exception {
        JsonNode q = call(new McpServer(), "simulate", "{\"node\":{\"sockets\":2,\"coresPerSocket\":4},"
                + "\"pods\":[{\"name\":\"web\",\"cpu\":\"16GB\"}]}");
        String text = q.at("/content/0/text").asText();
        assertTrue(q.get("isError").asBoolean() && ToolErrors.isError(text), text);
        assertTrue(Stubs.JSON.readTree(text).get("error").asText()
                .contains("simulate: pods[0].cpu: \"16GB\" is not a quantity"), text);
        JsonNode type = call(new McpServer(), "simulate", "{\"node\":{\"sockets\":\"two\",\"coresPerSocket\":4}}");
        String typeText = type.at("/content/0/text").asText();
        assertTrue(type.get("isError").asBoolean(), type.toString());
        assertEquals("bad arguments for simulate: node.sockets: expected a whole number, not \"two\"", typeText);
        JsonNode list = call(new McpServer(), "simulate", "{\"node\":{\"sockets\":2,\"coresPerSocket\":4},"
                + "\"pods\":{\"name\":\"web\"}}");
        assertEquals("bad arguments for simulate: pods: expected a list", list.at("/content/0/text").asText());
    }
}
