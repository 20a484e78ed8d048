package dev.numaadvisor.llm;

import dev.numaadvisor.app.check.AnswerGuard;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAI chat completions (and any OpenAI-compatible server) against WireMock: the tool round trip
 * of the "done when" (the GPU pod in a REPL session), streaming, bad tool calls and HTTP failures.
 */
class OpenAiAssistantTest {
    private static final String PATH = "/v1/chat/completions";
    private static final String HAS_TOOL_RESULT = "$.messages[?(@.role == 'tool')]";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ReplEngine engine(LlmAssistant.Options options) {
        return Stubs.engine(ProviderKind.OPENAI, wm.baseUrl() + "/v1", options);
    }

    private void toolThenText(String tool, String arguments, String text) {
        wm.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(okJson(Stubs.openAiToolCall("call_1", tool, arguments))));
        wm.stubFor(post(urlEqualTo(PATH)).atPriority(1).withRequestBody(matchingJsonPath(HAS_TOOL_RESULT))
                .willReturn(okJson(Stubs.openAiText(text))));
    }

    private static JsonNode body(LoggedRequest r) throws Exception {
        return Stubs.JSON.readTree(r.getBodyAsString());
    }

    @Test
    void gpuPodQuestionCallsSimulateAndTheUserSeesACheckedAnswer(@TempDir Path dir) throws Exception {
        String args = Stubs.gpuSimulateArgs().toString();
        toolThenText("simulate", args, "POD-1 is admitted on NODE-1: single-numa-node aligns it on NUMA 1 with CPUs "
                + Stubs.GPU_CPUS + " (knowledge/topology-manager-policies.md).\n\n```bash\nkubectl drain NODE-1\n```\n");
        ReplEngine e = engine(Stubs.fast());
        String out = e.handle(Stubs.GPU_QUESTION);

        LlmAssistant llm = e.router().built();
        assertEquals(List.of(Stubs.gpuSimulateCall()), llm.tools().calls());
        assertTrue(out.contains("app is admitted on gpu-node-7"), out);
        assertTrue(out.contains("CPUs " + Stubs.GPU_CPUS), out);
        assertTrue(out.contains("kubectl drain gpu-node-7   # " + AnswerGuard.HUMAN_MARK), out);
        assertFalse(out.contains("disagrees with the simulator"), out);
        assertTrue(out.contains("(tokens: 180 in, 30 out)"), out);

        List<LoggedRequest> requests = Stubs.requests(wm);
        assertEquals(2, requests.size());
        JsonNode first = body(requests.get(0));
        assertEquals("system", first.at("/messages/0/role").asText());
        assertTrue(first.at("/messages/0/content").asText().contains("must come from a tool result"));
        List<String> tools = new ArrayList<>();
        first.get("tools").forEach(t -> tools.add(t.at("/function/name").asText()));
        assertTrue(tools.containsAll(List.of("simulate", "mergeHints", "lint", "diagnosePod", "whatIf", "explain",
                "searchKnowledge", "showSession", "draftKubeletConfig")), tools.toString());
        for (LoggedRequest r : requests) {
            String b = r.getBodyAsString();
            assertFalse(b.contains("gpu-node-7"), "node name left the machine");
            assertFalse(b.contains("10.20.30.40"), "IP left the machine");
            assertFalse(b.contains(Stubs.KEY), "API key in the body");
            assertFalse(b.contains("\"app\""), "pod name left the machine");
        }
        assertTrue(first.at("/messages/1/content").asText().contains("On node NODE-1 (IP-1)"));
        assertEquals("Bearer " + Stubs.KEY, requests.get(0).getHeader("Authorization"));
        JsonNode second = body(requests.get(1));
        String toolResult = second.findValues("content").toString();
        assertTrue(toolResult.contains(Stubs.GPU_CPUS), "the simulator's CPUs went back to the model");

        // The session now holds the scenario; /context and /save never show the key.
        assertTrue(e.handle("/pod list").contains("app"));
        String context = e.handle("/context why?");
        assertTrue(context.contains("tools offered") && context.contains("simulate"), context);
        assertFalse(context.contains(Stubs.KEY));
        assertTrue(e.handle("/usage").contains("this session"));
        Path saved = dir.resolve("t.md");
        e.handle("/save " + saved);
        assertFalse(Files.readString(saved).contains(Stubs.KEY));
        assertFalse(e.handle("/model").contains(Stubs.KEY));
    }

    @Test
    void wrongVerdictIsReprompedOnceThenWarned() {
        String args = Stubs.gpuSimulateArgs().toString();
        toolThenText("simulate", args, "The pod is rejected with TopologyAffinityError.");
        ReplEngine e = engine(Stubs.fast());
        String out = e.handle("will the GPU pod fit?");
        assertTrue(out.contains("⚠ This answer disagrees with the simulator"), out);
        assertTrue(out.contains("app admitted, app on CPUs " + Stubs.GPU_CPUS), out);
        List<LoggedRequest> requests = Stubs.requests(wm);
        assertEquals(3, requests.size(), "question, tool result, one re-prompt");
        assertTrue(requests.get(2).getBodyAsString().contains("The checker compared your answer with the simulator"));
    }

    @Test
    void malformedToolArgumentsGoBackToTheModel() throws Exception {
        toolThenText("whatIf", "{not json", "Sorry, I could not run the what-if.");
        ReplEngine e = engine(Stubs.fast());
        String out = e.handle("what if restricted?");
        assertTrue(out.contains("Sorry, I could not run the what-if."), out);
        JsonNode second = body(Stubs.requests(wm).get(1));
        String toolMessage = second.at("/messages/3/content").asText();
        assertEquals("tool", second.at("/messages/3/role").asText());
        assertTrue(toolMessage.contains("error"), toolMessage);
        assertTrue(e.router().built().tools().calls().isEmpty(), "the tool never ran");
    }

    @Test
    void missingRequiredArgumentIsAClearToolErrorAndTheSessionIsKept() throws Exception {
        String args = "{\"node\":{\"coresPerSocket\":24},\"pods\":[{\"name\":\"web\",\"cpu\":\"2\"}]}";
        toolThenText("simulate", args, "I need the number of sockets.");
        ReplEngine e = engine(Stubs.fast());
        e.handle("/node set 2x4x1");
        String before = e.session().toScenarioYaml();
        String out = e.handle("simulate my node");
        assertTrue(out.contains("I need the number of sockets."), out);
        JsonNode second = body(Stubs.requests(wm).get(1));
        assertEquals("tool", second.at("/messages/3/role").asText());
        assertEquals("{\"error\":\"simulate: node.sockets is required\"}", second.at("/messages/3/content").asText());
        assertEquals(before, e.session().toScenarioYaml(), "a failed tool call leaves the session as it was");
    }

    @Test
    void structuredWhatIfRoundTrips() throws Exception {
        toolThenText("whatIf", "{\"change\":{\"busyNumaNode\":1,\"busyCpus\":3}}", "NUMA 1 would be full.");
        ReplEngine e = engine(Stubs.fast());
        e.handle("/node set 2x4x1 mem=8Gi");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/pod add web cpu=2 mem=1Gi");
        String out = e.handle("what if NUMA 1 were busy?");
        assertTrue(out.contains("NUMA 1 would be full."), out);
        assertEquals(List.of(new AdvisorTools.Call("whatIf", List.of("{\"busyNumaNode\":1,\"busyCpus\":3}"))),
                e.router().built().tools().calls());
        String toolMessage = body(Stubs.requests(wm).get(1)).at("/messages/3/content").asText();
        assertTrue(toolMessage.contains("\"change\":\"busy=1:3\""), toolMessage);
        assertTrue(e.session().state().busyCpus().isEmpty(), "what-if changes a copy, never the session");
    }

    @Test
    void unknownToolIsAnErrorTheModelCanCorrect() throws Exception {
        toolThenText("rebootNode", "{}", "I can only use the listed tools.");
        String out = engine(Stubs.fast()).handle("reboot it");
        assertTrue(out.contains("I can only use the listed tools."), out);
        JsonNode second = body(Stubs.requests(wm).get(1));
        assertTrue(second.at("/messages/3/content").asText().contains("there is no tool named rebootNode"));
    }

    @Test
    void rateLimitThenSuccessIsRetried() {
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"error\":{\"message\":\"slow down\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(Stubs.openAiText("Restricted rejects pods whose best hint is not preferred."))));
        String out = engine(Stubs.fast()).handle("what does restricted do?");
        assertTrue(out.contains("Restricted rejects pods"), out);
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void serverErrorsEndInOneLineAndTheSessionIsKept() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
        ReplEngine e = engine(Stubs.fast());
        e.handle("/node set 2x4x1");
        e.handle("/pod add web cpu=2 mem=1Gi");
        String out = e.handle("why?");
        assertTrue(out.startsWith("error: the model server failed (5xx)"), out);
        assertTrue(out.contains("(the session is kept)"), out);
        assertEquals(1, out.strip().lines().count());
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertTrue(e.handle("/pod list").contains("web"));
        assertTrue(e.handle("/context").contains("0 messages"), "the failed turn left no history");
    }

    @Test
    void timeoutIsAClearMessage() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(Stubs.openAiText("late")).withFixedDelay(2000)));
        LlmAssistant.Options o = new LlmAssistant.Options(Duration.ofMillis(300), 2, Duration.ofMillis(10), true);
        String out = engine(o).handle("hello?");
        assertTrue(out.startsWith("error: no answer from openai at"), out);
        assertTrue(out.contains("timeout"), out);
    }

    @Test
    void unauthorizedNamesTheVariableNotTheKey() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"bad key\"}")));
        String out = engine(Stubs.fast()).handle("hello?");
        assertTrue(out.contains("401") && out.contains("OPENAI_API_KEY"), out);
        assertFalse(out.contains(Stubs.KEY));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void connectionRefusedIsAClearMessage() {
        ReplEngine e = Stubs.engine(ProviderKind.OPENAI, "http://127.0.0.1:1/v1", Stubs.fast());
        String out = e.handle("hello?");
        assertTrue(out.contains("connection refused"), out);
    }

    @Test
    void streamingShowsCheckedParagraphsWithCommandsMarked() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(Stubs.openAiStream(
                        List.of("Restricted ", "rejects when\n", "the best hint ", "is not preferred.\n",
                                "```bash\nsystemctl restart kubelet\n```\n")))));
        ReplEngine e = engine(Stubs.fast());
        List<String> lines = new ArrayList<>();
        e.streamTo(lines::add);
        String out = e.handle("what does restricted do?");
        String shown = String.join("", lines);
        assertTrue(shown.startsWith("Restricted rejects when\n"), shown);
        assertTrue(shown.contains("systemctl restart kubelet   # " + AnswerGuard.HUMAN_MARK), shown);
        assertFalse(out.contains("checked answer"), out);
        assertTrue(out.contains("(tokens: 70 in, 9 out)"), out);
    }

    /**
     * The case: a wrong first answer, streamed, with node-changing commands, to a question
     * that describes a node and a pod (no simulate call). Its paragraphs are shown only checked:
     * marked provisional, commands marked; the re-prompted answer replaces it, checked and marked,
     * and the token line counts both turns.
     */
    @Test
    void wrongStreamedAnswerIsShownProvisionalThenReplacedAndEveryCommandIsMarked() {
        wm.stubFor(post(urlEqualTo(PATH)).atPriority(1).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(Stubs.openAiStream(
                        List.of("The pod is rejected ", "with TopologyAffinityError.\n\n",
                                "Run `kubectl drain NODE-1` and `systemctl restart kubelet`.\n")))));
        wm.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(okJson(Stubs.openAiText(
                "It is admitted on NUMA node 1 with CPUs 24-27 and 72-75.\n```bash\nkubeadm reset -f\n```\n\nDone."))));
        ReplEngine e = engine(Stubs.fast());
        List<String> lines = new ArrayList<>();
        e.streamTo(lines::add);
        String out = e.handle(Stubs.GPU_QUESTION);
        String shown = String.join("", lines);
        assertTrue(lines.get(0).contains(dev.numaadvisor.app.check.ParagraphGate.PROVISIONAL), shown);
        assertTrue(shown.contains("Run `kubectl drain gpu-node-7` and `systemctl restart kubelet`. ("
                + AnswerGuard.HUMAN_MARK + ")"), shown);
        assertTrue(out.contains("── checked answer (replaces the provisional one above) ──"), out);
        assertTrue(out.contains("kubeadm reset -f   # " + AnswerGuard.HUMAN_MARK), out);
        assertTrue(out.contains("```\n\nDone."), "the blank line after the block is kept: " + out);
        assertFalse(out.contains("disagrees with the simulator"), out);
        assertTrue(out.contains("(tokens: 160 in, 24 out)"), "both turns are counted: " + out);
        assertEquals(2, Stubs.requests(wm).size());
    }

    /**
     * Streamed with a placement block that agrees: the prose paragraph the heuristics doubt is
     * marked provisional as it streams, the block is confirmed under it, and since the block is
     * exact nothing is asked again; the closing line says the marks stay notes.
     */
    @Test
    void aStreamedPlacementBlockThatAgreesKeepsProseDoubtsAsNotes() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(Stubs.openAiStream(
                        List.of("It is rejected only in a world where NUMA 1 is full.\n\n",
                                "```placement\napp/app: admitted cpus=24-27,72-75 numa=1 devices=GPU-0 hint=1:preferred\n",
                                "```\n")))));
        ReplEngine e = engine(Stubs.fast());
        List<String> lines = new ArrayList<>();
        e.streamTo(lines::add);
        String out = e.handle(Stubs.GPU_QUESTION);
        String shown = String.join("", lines);
        assertTrue(shown.contains(dev.numaadvisor.app.check.ParagraphGate.PROVISIONAL), shown);
        assertTrue(shown.contains(dev.numaadvisor.app.check.ParagraphGate.PLACED), shown);
        assertTrue(out.contains("provisional marks above stay notes on the prose"), out);
        assertEquals(1, Stubs.requests(wm).size());
    }

    @Test
    void ctrlCStopsTheStreamAndKeepsTheSession() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(Stubs.openAiStream(
                        List.of("first line\n\n", "second line\n\n", "third line\n")))));
        ReplEngine e = engine(Stubs.fast());
        e.handle("/node set 2x4x1");
        List<String> lines = new ArrayList<>();
        e.streamTo(line -> {
            lines.add(line);
            e.cancelAnswer(); // what the shell's SIGINT handler does
        });
        String out = e.handle("tell me a long story");
        assertEquals(List.of("first line\n\n"), lines);
        assertTrue(out.contains("[stopped; the session is kept]"), out);
        assertTrue(e.handle("/node").contains("2 socket"), "the session is kept");
        assertTrue(e.handle("/context").contains("(0 messages)"), "the stopped turn left no half history");
    }

    @Test
    void noRedactSendsNamesAsTheyAre() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(Stubs.openAiText("gpu-node-7 is fine."))));
        LlmAssistant.Options o = new LlmAssistant.Options(Duration.ofSeconds(5), 1, Duration.ofMillis(10), false);
        String out = engine(o).handle("is node gpu-node-7 fine?");
        assertTrue(out.startsWith("gpu-node-7 is fine."), out);
        assertTrue(Stubs.requests(wm).get(0).getBodyAsString().contains("is node gpu-node-7 fine?"));
    }
}
