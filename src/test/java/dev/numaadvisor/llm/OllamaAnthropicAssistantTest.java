package dev.numaadvisor.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.numaadvisor.repl.ReplEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ollama's native /api/chat and Anthropic's /v1/messages: tool round trips and failures in their wire shapes. */
class OllamaAnthropicAssistantTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static JsonNode body(LoggedRequest r) throws Exception {
        return Stubs.JSON.readTree(r.getBodyAsString());
    }

    private static List<String> names(JsonNode tools, String pointer) {
        List<String> out = new ArrayList<>();
        tools.forEach(t -> out.add(t.at(pointer).asText()));
        return out;
    }

    @Test
    void ollamaToolRoundTrip() throws Exception {
        wm.stubFor(post(urlEqualTo("/api/chat")).atPriority(5)
                .willReturn(okJson(Stubs.ollamaToolCall("simulate", Stubs.gpuSimulateArgs()))));
        wm.stubFor(post(urlEqualTo("/api/chat")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(okJson(Stubs.ollamaText("Admitted: POD-1 gets CPUs " + Stubs.GPU_CPUS + " on NUMA 1."))));
        ReplEngine e = Stubs.engine(ProviderKind.OLLAMA, wm.baseUrl(), Stubs.fast());
        String out = e.handle(Stubs.GPU_QUESTION);
        assertEquals(List.of(Stubs.gpuSimulateCall()), e.router().built().tools().calls());
        assertTrue(out.startsWith("Admitted: app gets CPUs " + Stubs.GPU_CPUS), out);
        assertFalse(out.contains("disagrees"), out);
        List<LoggedRequest> requests = Stubs.requests(wm);
        assertEquals(2, requests.size());
        JsonNode first = body(requests.get(0));
        assertEquals("system", first.at("/messages/0/role").asText());
        assertEquals("llama3.1", first.get("model").asText());
        assertEquals(ChatModels.OLLAMA_CONTEXT_TOKENS, first.at("/options/num_ctx").asInt());
        assertTrue(names(first.get("tools"), "/function/name").contains("simulate"));
        assertTrue(first.at("/messages/1/content").asText().contains("NODE-1"));
        for (LoggedRequest r : requests) {
            assertFalse(r.getBodyAsString().contains("gpu-node-7"));
            assertFalse(r.getBodyAsString().contains(Stubs.KEY));
        }
        String toolMessage = body(requests.get(1)).at("/messages/3/content").asText();
        assertTrue(toolMessage.contains(Stubs.GPU_CPUS) && toolMessage.contains("POD-1"), toolMessage);
    }

    @Test
    void ollamaUnknownModelIsAClearMessage() {
        wm.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"model 'llama9' not found\"}")));
        String out = Stubs.engine(ProviderKind.OLLAMA, wm.baseUrl(), Stubs.fast()).handle("hi");
        assertTrue(out.startsWith("error: "), out);
        assertTrue(out.contains("404") || out.contains("not found"), out);
    }

    @Test
    void anthropicToolRoundTrip() throws Exception {
        wm.stubFor(post(urlEqualTo("/v1/messages")).atPriority(5).willReturn(okJson(
                Stubs.anthropicToolUse("toolu_1", "diagnosePod", Stubs.args("podName", "POD-1")))));
        wm.stubFor(post(urlEqualTo("/v1/messages")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.messages[*].content[?(@.type == 'tool_result')]"))
                .willReturn(okJson(Stubs.anthropicText("POD-1 is admitted on CPUs 0-1 (knowledge/cpu-manager-static.md)."))));
        ReplEngine e = Stubs.engine(ProviderKind.ANTHROPIC, wm.baseUrl() + "/v1/", Stubs.fast());
        e.handle("/node set 2x4x1");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/pod add web-7 cpu=2 mem=1Gi");
        String expectedCpus = dev.numaadvisor.app.session.SessionRun.run(e.session()).result().pod("web-7")
                .containers().get(0).cpus().toString();
        String out = e.handle("why is pod web-7 not pinned?");
        assertEquals(List.of(new AdvisorTools.Call("diagnosePod", List.of("web-7"))), e.router().built().tools().calls());
        assertTrue(out.startsWith("web-7 is admitted on CPUs 0-1"), out);
        assertEquals("0-1".equals(expectedCpus), !out.contains("disagrees"), out);
        List<LoggedRequest> requests = Stubs.requests(wm);
        assertEquals(Stubs.KEY, requests.get(0).getHeader("x-api-key"));
        JsonNode first = body(requests.get(0));
        assertTrue(first.at("/system/0/text").asText().contains("must come from a tool result"));
        assertTrue(names(first.get("tools"), "/name").contains("diagnosePod"));
        assertTrue(first.get("tools").get(0).has("input_schema"));
        for (LoggedRequest r : requests) {
            assertFalse(r.getBodyAsString().contains("web-7"), "pod name left the machine");
            assertFalse(r.getBodyAsString().contains(Stubs.KEY));
        }
        assertTrue(first.at("/messages/0/content/0/text").asText().contains("pod POD-1"));
    }

    @Test
    void anthropicOverloadedThenSuccess() {
        wm.stubFor(post(urlEqualTo("/v1/messages")).inScenario("529").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"type\":\"error\"}")).willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo("/v1/messages")).inScenario("529").whenScenarioStateIs("ok")
                .willReturn(okJson(Stubs.anthropicText("Hint merge picks the narrowest preferred hint."))));
        String out = Stubs.engine(ProviderKind.ANTHROPIC, wm.baseUrl() + "/v1/", Stubs.fast()).handle("merge?");
        assertTrue(out.startsWith("Hint merge picks"), out);
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/messages")));
    }
}
