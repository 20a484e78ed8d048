package dev.numaadvisor.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.numaadvisor.app.check.CheckerEval;
import dev.numaadvisor.repl.ReplEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checker eval end to end: every scripted answer comes from an OpenAI-shaped server (WireMock)
 * into a REPL session holding the scenario (pasted). A right answer is shown as it is (one request,
 * no warning); a wrong one is re-prompted, and as the stub repeats it, the user sees the warning.
 */
class CheckerEvalThroughModelsTest {
    private static final String PATH = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void noFalseAlarmOnRightAnswersAndEveryWrongOneWarned() {
        List<String> failures = new ArrayList<>();
        int wrong = 0;
        for (CheckerEval.Case c : CheckerEval.cases()) {
            wm.resetAll();
            wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(Stubs.openAiText(c.text()))));
            ReplEngine e = Stubs.engine(ProviderKind.OPENAI, wm.baseUrl() + "/v1", Stubs.fast());
            // Pasted as a user pastes a scenario: the document itself, without the header comment.
            String paste = CheckerEval.text(c.scenario()).replaceAll("(?m)^#.*\\n", "");
            String pasted = e.handle(paste);
            assertTrue(e.session().hasNode() && e.session().pods().size() >= 1, pasted);
            String out = e.handle("Will trader be admitted, and on which CPUs?");
            boolean warned = out.contains("⚠ This answer disagrees with the simulator");
            int requests = Stubs.requests(wm).size();
            if (c.right() && (warned || requests != 1)) {
                failures.add("false alarm " + c.id() + " (" + requests + " requests): " + out);
            } else if (!c.right() && (!warned || requests != 2)) {
                failures.add("missed " + c.id() + " (" + c.claim() + "): " + out);
            }
            wrong += c.right() ? 0 : 1;
        }
        assertTrue(wrong >= 40, "two thirds of the answers are wrong");
        assertEquals(List.of(), failures);
    }
}
