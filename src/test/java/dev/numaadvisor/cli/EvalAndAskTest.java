package dev.numaadvisor.cli;

import static dev.numaadvisor.cli.CliRun.run;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.numaadvisor.llm.LlmSetup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The eval question set and its score table; {@code ask} as a one-shot command, offline and against a stub. */
class EvalAndAskTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void questionSetIsWellFormed() {
        List<EvalRunner.Question> qs = EvalRunner.questions();
        assertTrue(qs.size() >= 120, "at least 120 questions, got " + qs.size());
        Set<String> ids = new HashSet<>();
        for (EvalRunner.Question q : qs) {
            assertTrue(ids.add(q.id()), "duplicate id " + q.id());
            assertFalse(q.question().isBlank(), q.id());
            assertFalse(q.mustContain().isEmpty() && q.mustNotContain().isEmpty(), q.id() + " checks nothing");
        }
    }

    @Test
    void offlineScoreTable() {
        List<EvalRunner.Score> scores = EvalRunner.score(EvalRunner.questions(), LlmSetup.OFFLINE);
        long passed = scores.stream().filter(EvalRunner.Score::passed).count();
        // The build log shows which facts each failing answer lacked.
        System.out.println(EvalRunner.report("offline", scores, true));
        // A floor, not a target (issue 12): 99 of 170 before the direct answers, 168 after.
        assertTrue(passed >= Math.ceil(scores.size() * 0.9), "offline passed only " + passed + " of " + scores.size());
        String table = EvalRunner.report("offline", scores, false);
        assertTrue(table.startsWith("assistant: offline  questions  passed  failed"), table);
        assertTrue(table.contains("  scenarios"), table);
        assertTrue(scores.stream().filter(s -> s.question().id().equals("gpu-pod")).findFirst().orElseThrow().passed());
    }

    @Test
    void askOffline() {
        String[] r = run("ask", "--offline", "what", "does", "restricted", "do?");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("knowledge/"), r[1]);
    }

    @Test
    void askAModel() {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson("{\"id\":\"c\",\"object\":\"chat.completion\","
                + "\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":\"Restricted admits only preferred hints.\"}}],\"usage\":{\"prompt_tokens\":5,"
                + "\"completion_tokens\":6,\"total_tokens\":11}}")));
        String[] r = run("ask", "--provider", "openai", "--model", "m", "--base-url", wm.baseUrl() + "/v1",
                "--timeout", "5", "what does restricted do?");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("Restricted admits only preferred hints."), r[1]);
        assertTrue(r[1].contains("(tokens: 5 in, 6 out)"), r[1]);
    }

    @Test
    void askUnreachableModelExitsOne() {
        String[] r = run("ask", "--provider", "openai", "--base-url", "http://127.0.0.1:1/v1", "--timeout", "2", "hi");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("connection refused"), "errors go to stderr: " + r[2]);
        assertEquals("", r[1]);
    }
}
