package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code numa-advisor mcp} as a separate process, driven over its pipes with hand-fed JSON-RPC the
 * way an MCP client does: initialize, initialized, tools/list, tools/call, then stdin EOF ends it.
 */
class McpServerTest {
    private static String send(PrintWriter in, BufferedReader out, String json) throws Exception {
        in.println(json);
        in.flush();
        return out.readLine();
    }

    @Test
    void servesTheToolsOverStdioAndExitsAtEof() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.numaadvisor.cli.Main", "mcp").redirectError(ProcessBuilder.Redirect.DISCARD);
        // The official Python SDK starts servers with a minimal environment: no UTF-8 locale.
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (PrintWriter in = new PrintWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                    + "\"protocolVersion\":\"1999-01-01\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"));
            in.println("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"simulate\",\"arguments\":" + Stubs.gpuSimulateArgs() + "}}"));
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"nope\",\"arguments\":{}}}"));
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"diagnosePod\",\"arguments\":{\"podName\":\"ghost\"}}}"));
            lines.add(send(in, out, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"explain\",\"arguments\":{\"topic\":\"single-numa-node\"}}}"));
            in.close();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server did not end at stdin EOF");
            assertEquals(null, out.readLine(), "nothing but replies on stdout");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue());
        JsonNode init = Stubs.JSON.readTree(lines.get(0));
        assertEquals(McpServer.PROTOCOL_VERSION, init.at("/result/protocolVersion").asText(),
                "an unknown version is answered with the newest supported one, never echoed");
        assertEquals("numa-advisor", init.at("/result/serverInfo/name").asText());
        JsonNode list = Stubs.JSON.readTree(lines.get(1));
        List<String> names = new ArrayList<>();
        list.at("/result/tools").forEach(t -> names.add(t.get("name").asText()));
        assertTrue(names.containsAll(List.of("simulate", "lint", "mergeHints", "whatIf", "explain", "searchKnowledge",
                "diagnosePod", "showSession")), names.toString());
        assertEquals("object", list.at("/result/tools/0/inputSchema/type").asText());
        JsonNode call = Stubs.JSON.readTree(lines.get(2));
        assertFalse(call.at("/result/isError").asBoolean());
        JsonNode result = Stubs.JSON.readTree(call.at("/result/content/0/text").asText());
        assertTrue(result.at("/pods/0/admitted").asBoolean(), result.toString());
        assertTrue(result.toString().contains(Stubs.GPU_CPUS), result.toString());
        JsonNode unknown = Stubs.JSON.readTree(lines.get(3));
        assertTrue(unknown.at("/result/isError").asBoolean(), unknown.toString());
        assertTrue(unknown.at("/result/content/0/text").asText().contains("unknown tool: nope"), unknown.toString());
        JsonNode ghost = Stubs.JSON.readTree(lines.get(4));
        assertTrue(ghost.at("/result/isError").asBoolean());
        assertTrue(ghost.at("/result/content/0/text").asText().contains("no pod"));
        String explained = Stubs.JSON.readTree(lines.get(5)).at("/result/content/0/text").asText();
        // knowledge/topology-manager-policies.md ends with "See also: … · …": an ASCII stdout made that "?".
        assertTrue(explained.contains("(hint-merge.md) · [topology-manager-"),
                "non-ASCII text arrives as UTF-8 under LANG=C: " + explained);
    }
}
