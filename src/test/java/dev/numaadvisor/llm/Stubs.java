package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.repl.ReplEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Response bodies in each provider's real wire shape (DEPENDENCIES.md §6), and engines wired to a stub. */
final class Stubs {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "sk-test-SECRET-4242";
    static final String GPU_QUESTION = "On node gpu-node-7 (10.20.30.40): two sockets of 24 cores, a GPU on NUMA 1, "
            + "a Guaranteed pod asking 8 CPUs, 16Gi and 1 GPU, single-numa-node. Will it be admitted, on which CPUs?";
    static final String GPU_DESCRIPTION = "a node with two sockets of 24 cores, a GPU on NUMA node 1, a Guaranteed "
            + "pod asking 8 CPUs, 16Gi and one GPU, single-numa-node";
    /**
     * GPU_DESCRIPTION as a model sends it to the simulate tool: structured node, pods and config
     * (a drafted single-numa-node config, as the offline walkthrough drafts).
     */
    static ObjectNode gpuSimulateArgs() {
        ObjectNode args = JSON.createObjectNode();
        ObjectNode node = args.putObject("node").put("sockets", 2).put("coresPerSocket", 24).put("threadsPerCore", 2)
                .put("memoryPerNumaNode", "256Gi");
        node.putArray("devices").addObject().put("resource", "nvidia.com/gpu").put("numaNode", 1);
        ObjectNode pod = args.putArray("pods").addObject().put("name", "app").put("cpu", "8").put("memory", "16Gi");
        pod.putArray("resources").addObject().put("name", "nvidia.com/gpu").put("amount", "1");
        args.putObject("config").put("topologyManagerPolicy", "single-numa-node").put("draft", true);
        return args;
    }

    /** The simulate call the tools record for {@link #gpuSimulateArgs()}: node, pods, config as JSON. */
    static AdvisorTools.Call gpuSimulateCall() {
        ObjectNode a = gpuSimulateArgs();
        return new AdvisorTools.Call("simulate", List.of(a.get("node").toString(), a.get("pods").toString(),
                a.get("config").toString()));
    }

    /** What the simulator decides for the GPU pod (the offline walkthrough shows the same). */
    static final String GPU_CPUS = "24-27,72-75";

    private Stubs() {
    }

    static LlmAssistant.Options fast() {
        return new LlmAssistant.Options(Duration.ofSeconds(5), 2, Duration.ofMillis(10), true);
    }

    static ReplEngine engine(ProviderKind kind, String baseUrl, LlmAssistant.Options options) {
        ProviderSettings s = new ProviderSettings(kind, kind == ProviderKind.ANTHROPIC ? "claude-test"
                : kind == ProviderKind.OLLAMA ? "llama3.1" : "gpt-4o-mini", baseUrl,
                kind == ProviderKind.OLLAMA ? null : KEY, "test");
        return new ReplEngine(Style.plain(), new LlmSetup(s, options, Map.of("OPENAI_API_KEY", KEY)));
    }

    static String openAiToolCall(String id, String tool, String argumentsJson) {
        ObjectNode r = openAiBase();
        ObjectNode msg = r.putArray("choices").addObject().put("index", 0).put("finish_reason", "tool_calls")
                .putObject("message");
        msg.put("role", "assistant").putNull("content");
        ObjectNode call = msg.putArray("tool_calls").addObject().put("id", id).put("type", "function");
        call.putObject("function").put("name", tool).put("arguments", argumentsJson);
        return r.toString();
    }

    static String openAiText(String text) {
        ObjectNode r = openAiBase();
        r.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("message")
                .put("role", "assistant").put("content", text);
        return r.toString();
    }

    private static ObjectNode openAiBase() {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1700000000).put("model", "gpt-4o-mini");
        r.putObject("usage").put("prompt_tokens", 90).put("completion_tokens", 15).put("total_tokens", 105);
        return r;
    }

    /** Server-sent events as OpenAI streams them: role, content pieces, finish, usage, [DONE]. */
    static String openAiStream(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            ObjectNode c = JSON.createObjectNode().put("id", "chatcmpl-s").put("object", "chat.completion.chunk")
                    .put("created", 1700000000).put("model", "gpt-4o-mini");
            ObjectNode delta = c.putArray("choices").addObject().put("index", 0).putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", pieces.get(i));
            sb.append("data: ").append(c).append("\n\n");
        }
        ObjectNode end = JSON.createObjectNode().put("id", "chatcmpl-s").put("object", "chat.completion.chunk")
                .put("created", 1700000000).put("model", "gpt-4o-mini");
        end.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        end.putObject("usage").put("prompt_tokens", 70).put("completion_tokens", 9).put("total_tokens", 79);
        sb.append("data: ").append(end).append("\n\n").append("data: [DONE]\n\n");
        return sb.toString();
    }

    static String ollamaToolCall(String tool, ObjectNode arguments) {
        ObjectNode r = ollamaBase();
        ObjectNode msg = r.putObject("message").put("role", "assistant").put("content", "");
        msg.putArray("tool_calls").addObject().putObject("function").put("name", tool).set("arguments", arguments);
        return r.toString();
    }

    static String ollamaText(String text) {
        ObjectNode r = ollamaBase();
        r.putObject("message").put("role", "assistant").put("content", text);
        return r.toString();
    }

    private static ObjectNode ollamaBase() {
        return JSON.createObjectNode().put("model", "llama3.1").put("created_at", "2025-01-01T00:00:00Z")
                .put("done_reason", "stop").put("done", true).put("total_duration", 1000)
                .put("prompt_eval_count", 40).put("eval_count", 12);
    }

    static String anthropicToolUse(String id, String tool, ObjectNode input) {
        ObjectNode r = anthropicBase("tool_use");
        r.putArray("content").addObject().put("type", "tool_use").put("id", id).put("name", tool).set("input", input);
        return r.toString();
    }

    static String anthropicText(String text) {
        ObjectNode r = anthropicBase("end_turn");
        r.putArray("content").addObject().put("type", "text").put("text", text);
        return r.toString();
    }

    private static ObjectNode anthropicBase(String stop) {
        ObjectNode r = JSON.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant")
                .put("model", "claude-test").put("stop_reason", stop).putNull("stop_sequence");
        r.putObject("usage").put("input_tokens", 40).put("output_tokens", 12);
        return r;
    }

    static ObjectNode args(String key, String value) {
        return JSON.createObjectNode().put(key, value);
    }

    static List<LoggedRequest> requests(WireMockExtension wm) {
        return wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    static ArrayNode toolNames(com.fasterxml.jackson.databind.JsonNode tools, String... path) {
        ArrayNode names = JSON.createArrayNode();
        tools.forEach(t -> {
            com.fasterxml.jackson.databind.JsonNode n = t;
            for (String p : path) {
                n = n.path(p);
            }
            names.add(n.asText());
        });
        return names;
    }
}
