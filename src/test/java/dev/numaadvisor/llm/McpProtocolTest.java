package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Version negotiation per the MCP lifecycle, and tool errors that are JSON whatever the message holds. */
class McpProtocolTest {
    @ParameterizedTest
    @CsvSource({"2025-06-18, 2025-06-18", "2025-03-26, 2025-03-26", "2024-11-05, 2024-11-05",
        "1999-01-01, 2025-06-18", "'', 2025-06-18", "2099-12-31, 2025-06-18"})
    void negotiatesTheProtocolVersion(String asked, String answered) {
        JsonNode r = new McpServer().handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"" + asked + "\",\"capabilities\":{}}}");
        assertEquals(answered, r.at("/result/protocolVersion").asText());
    }

    @Test
    void aTabOrQuoteInAMessageKeepsTheErrorValidJson() throws Exception {
        String json = ToolErrors.json("bad\tvalue \"x\"\nnext line \\ end");
        JsonNode n = Stubs.JSON.readTree(json);
        assertEquals("bad\tvalue \"x\"\nnext line \\ end", n.get("error").asText());
        assertTrue(ToolErrors.isError(json));
    }

    @Test
    void onlyAnErrorObjectIsAnError() {
        assertFalse(ToolErrors.isError("{\"error\":\"x\",\"pods\":[]}"), "a result that has an error field and more");
        assertFalse(ToolErrors.isError("{\"errors\":1}"));
        assertFalse(ToolErrors.isError("{\"error\" is what the model wrote"));
        assertFalse(ToolErrors.isError("REJECTED: ..."));
    }

    @Test
    void aToolErrorWithATabIsAnIsErrorResult() {
        JsonNode r = new McpServer().handle("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{"
                + "\"name\":\"diagnosePod\",\"arguments\":{\"podName\":\"gh\\tost\"}}}");
        assertTrue(r.at("/result/isError").asBoolean(), r.toString());
        String text = r.at("/result/content/0/text").asText();
        assertTrue(ToolErrors.isError(text), text);
    }
}
