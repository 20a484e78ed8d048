package dev.numaadvisor.llm;

import dev.numaadvisor.app.check.AnswerGuard;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.numaadvisor.repl.ReplEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streaming in Ollama's and Anthropic's real wire shapes: Ollama's NDJSON lines ("done": false
 * until the last), Anthropic's server-sent events (message_start, content_block_start,
 * content_block_delta…, content_block_stop, message_delta, message_stop). The text reaches the
 * user line by line, the checked answer follows, and the session and the conversation go on.
 */
class StreamingProvidersTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final List<String> PIECES = List.of("Restricted ", "rejects when\n", "the best hint ",
            "is not preferred.\n", "```bash\nkubectl drain node-a\n```\n");

    static String ollamaStream(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces) {
            ObjectNode line = Stubs.JSON.createObjectNode().put("model", "llama3.1")
                    .put("created_at", "2025-01-01T00:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", piece);
            sb.append(line.put("done", false)).append('\n');
        }
        ObjectNode last = Stubs.JSON.createObjectNode().put("model", "llama3.1").put("created_at", "2025-01-01T00:00:01Z");
        last.putObject("message").put("role", "assistant").put("content", "");
        last.put("done_reason", "stop").put("done", true).put("total_duration", 1000)
                .put("prompt_eval_count", 70).put("eval_count", 9);
        return sb.append(last).append('\n').toString();
    }

    static String anthropicStream(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        ObjectNode start = Stubs.JSON.createObjectNode().put("type", "message_start");
        ObjectNode msg = start.putObject("message").put("id", "msg_s").put("type", "message").put("role", "assistant")
                .put("model", "claude-test");
        msg.putArray("content");
        msg.putNull("stop_reason").putNull("stop_sequence");
        msg.putObject("usage").put("input_tokens", 70).put("output_tokens", 1);
        event(sb, "message_start", start);
        ObjectNode blockStart = Stubs.JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        event(sb, "content_block_start", blockStart);
        event(sb, "ping", Stubs.JSON.createObjectNode().put("type", "ping"));
        for (String piece : pieces) {
            ObjectNode delta = Stubs.JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", piece);
            event(sb, "content_block_delta", delta);
        }
        event(sb, "content_block_stop", Stubs.JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
        ObjectNode end = Stubs.JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
        end.putObject("usage").put("output_tokens", 9);
        event(sb, "message_delta", end);
        event(sb, "message_stop", Stubs.JSON.createObjectNode().put("type", "message_stop"));
        return sb.toString();
    }

    private static void event(StringBuilder sb, String name, JsonNode data) {
        sb.append("event: ").append(name).append('\n').append("data: ").append(data).append("\n\n");
    }

    /** Streams one answer, then asks again: the node, the checked answer and the history survive. */
    private static void streamAndContinue(ReplEngine e, String path, String historyPointer) throws Exception {
        e.handle("/node set 2x4x1");
        List<String> lines = new ArrayList<>();
        e.streamTo(lines::add);
        String out = e.handle("what does restricted do?");
        // Check, then show: the paragraph reaches the user whole, its command already marked.
        String shown = String.join("", lines);
        assertTrue(shown.startsWith("Restricted rejects when\nthe best hint is not preferred.\n"), shown);
        assertTrue(shown.contains("kubectl drain node-a   # " + AnswerGuard.HUMAN_MARK), shown);
        assertFalse(out.contains("checked answer"), "nothing to replace: " + out);
        assertTrue(out.contains("(tokens: 70 in, 9 out)"), out);

        lines.clear();
        e.handle("and best-effort?");
        assertTrue(String.join("", lines).contains("the best hint"), lines.toString());
        assertTrue(e.handle("/node").contains("2 socket"), "the session is kept");
        List<LoggedRequest> requests = Stubs.requests(wm);
        assertEquals(2, requests.size());
        for (LoggedRequest r : requests) {
            JsonNode body = Stubs.JSON.readTree(r.getBodyAsString());
            assertTrue(body.get("stream").asBoolean(), path + " was not asked to stream");
            assertEquals(path, r.getUrl());
        }
        String second = Stubs.JSON.readTree(requests.get(1).getBodyAsString()).at(historyPointer).toString();
        assertTrue(second.contains("Restricted rejects when"), "the streamed answer is in the history: " + second);
        assertFalse(requests.get(1).getBodyAsString().contains(Stubs.KEY));
    }

    @Test
    void ollamaNdjsonStreamReachesTheUser() throws Exception {
        wm.stubFor(post(urlEqualTo("/api/chat")).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(ollamaStream(PIECES))));
        streamAndContinue(Stubs.engine(ProviderKind.OLLAMA, wm.baseUrl(), Stubs.fast()), "/api/chat", "/messages");
    }

    @Test
    void anthropicSseStreamReachesTheUser() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/messages")).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                        .withBody(anthropicStream(PIECES))));
        streamAndContinue(Stubs.engine(ProviderKind.ANTHROPIC, wm.baseUrl() + "/v1/", Stubs.fast()), "/v1/messages",
                "/messages");
    }
}
