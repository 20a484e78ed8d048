package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Model Context Protocol server over stdio (newline-delimited JSON-RPC 2.0) serving the same
 * tools as the chat assistant: initialize, ping, tools/list, tools/call. It returns when stdin
 * ends. Nothing but protocol messages is written to {@code out}. Names are not redacted here:
 * the MCP client runs on this machine and sees the session anyway.
 */
public final class McpServer {
    /** The newest protocol revision this server speaks; the first one answered when a client asks for another. */
    static final String PROTOCOL_VERSION = "2025-06-18";
    /** Revisions whose messages this server's subset (initialize, ping, tools/list, tools/call) serves alike. */
    static final java.util.Set<String> SUPPORTED_VERSIONS = java.util.Set.of("2024-11-05", "2025-03-26", "2025-06-18");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Session session = new Session();
    private final OfflineAssistant knowledge = new OfflineAssistant();
    // Same hybrid retrieval as the chat assistant; the embedding model loads on the first searchKnowledge call.
    private final AdvisorTools tools = new AdvisorTools(() -> session, new Redactor(false), knowledge,
            new HybridSearch(knowledge::index, KnowledgeEmbeddings.defaultCacheDir(System.getenv())));
    private final Map<String, ToolSpecification> specs = new TreeMap<>();
    private final Map<String, DefaultToolExecutor> executors = new TreeMap<>();

    public McpServer() {
        for (Method m : AdvisorTools.class.getMethods()) {
            if (m.isAnnotationPresent(Tool.class)) {
                ToolSpecification spec = ToolSpecifications.toolSpecificationFrom(m);
                specs.put(spec.name(), spec);
                executors.put(spec.name(), new DefaultToolExecutor(tools, m));
            }
        }
    }

    /** Serves until EOF; returns the exit code (0). */
    public int serve(BufferedReader in, PrintWriter out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode reply = handle(line);
            if (reply != null) {
                out.println(JSON.writeValueAsString(reply));
                out.flush();
            }
        }
        return 0;
    }

    /** One message in, the reply out (null for notifications). */
    JsonNode handle(String line) {
        JsonNode msg;
        try {
            msg = JSON.readTree(line);
        } catch (IOException e) {
            return error(null, -32700, "parse error");
        }
        JsonNode id = msg.get("id");
        String method = msg.path("method").asText("");
        if (id == null || id.isNull()) {
            return null; // notifications (notifications/initialized, cancelled) need no answer
        }
        JsonNode params = msg.path("params");
        switch (method) {
            case "initialize":
                return result(id, initialize(params));
            case "ping":
                return result(id, JSON.createObjectNode());
            case "tools/list":
                return result(id, toolsList());
            case "tools/call":
                return call(id, params);
            default:
                return error(id, -32601, "method not found: " + method);
        }
    }

    private ObjectNode initialize(JsonNode params) {
        ObjectNode r = JSON.createObjectNode();
        // MCP lifecycle: a supported requested version is echoed; otherwise the server answers with the
        // newest one it supports, and a client that cannot speak it disconnects.
        String asked = params.path("protocolVersion").asText("");
        r.put("protocolVersion", SUPPORTED_VERSIONS.contains(asked) ? asked : PROTOCOL_VERSION);
        r.putObject("capabilities").putObject("tools").put("listChanged", false);
        r.putObject("serverInfo").put("name", "numa-advisor").put("version", "0.1.0");
        r.put("instructions", "Tools over the numa-advisor kubelet NUMA simulator; advisory only.");
        return r;
    }

    private ObjectNode toolsList() {
        ObjectNode r = JSON.createObjectNode();
        ArrayNode list = r.putArray("tools");
        for (ToolSpecification s : specs.values()) {
            ObjectNode t = list.addObject();
            t.put("name", s.name());
            t.put("description", s.description());
            Map<String, Object> schema = s.parameters() == null ? Map.of("type", "object", "properties", Map.of())
                    : JsonSchemaElementUtils.toMap(s.parameters());
            t.set("inputSchema", JSON.valueToTree(schema));
        }
        return r;
    }

    private ObjectNode call(JsonNode id, JsonNode params) {
        String name = params.path("name").asText("");
        DefaultToolExecutor executor = executors.get(name);
        if (executor == null) {
            // The MCP spec allows a protocol error (-32602) here, but LangChain4j's client turns that into
            // an exception that ends the agent's turn; a tool result with isError lets the model correct itself.
            return result(id, toolResult("unknown tool: " + name + "; the tools are " + String.join(", ",
                    specs.keySet()), true));
        }
        String arguments = params.has("arguments") ? params.get("arguments").toString() : "{}";
        String text;
        boolean isError;
        try {
            text = executor.execute(ToolExecutionRequest.builder().id(id.asText()).name(name).arguments(arguments)
                    .build(), "mcp");
            isError = ToolErrors.isError(text);
        } catch (RuntimeException e) {
            text = "bad arguments for " + ToolArgumentErrors.describe(name, e);
            isError = true;
        }
        return result(id, toolResult(text == null ? "" : text, isError));
    }

    private static ObjectNode toolResult(String text, boolean isError) {
        ObjectNode r = JSON.createObjectNode();
        r.putArray("content").addObject().put("type", "text").put("text", text);
        r.put("isError", isError);
        return r;
    }

    private static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("jsonrpc", "2.0");
        o.set("id", id);
        o.set("result", result);
        return o;
    }

    private static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("jsonrpc", "2.0");
        o.set("id", id);
        o.putObject("error").put("code", code).put("message", message);
        return o;
    }
}
