package dev.numaadvisor.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.numaadvisor.app.check.CheckerEval;
import dev.numaadvisor.repl.ReplEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A model that ends with a placement block, through an OpenAI-shaped server: a right block keeps
 * a doubtful prose sentence from costing a re-prompt (it is shown as a note), a wrong block is asked
 * about again and then warned.
 */
class PlacementThroughModelsTest {
    private static final String PATH = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String ask(String answer) {
        wm.resetAll();
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(Stubs.openAiText(answer))));
        ReplEngine e = Stubs.engine(ProviderKind.OPENAI, wm.baseUrl() + "/v1", Stubs.fast());
        e.handle(CheckerEval.text("eval/checker-fits.yaml").replaceAll("(?m)^#.*\\n", ""));
        return e.handle("Will trader be admitted, and on which CPUs?");
    }

    @Test
    void aRightBlockTurnsAProseDoubtIntoANote() {
        String out = ask("trader fits. Its siblings 72-75 come along with cores 24-27; the GPU it uses is on NUMA 1."
                + " It is rejected only in a world where NUMA 1 is full.\n\n```placement\n"
                + "trader/app: admitted cpus=24-27,72-75 numa=1 memory=1 devices=GPU-0 hint=1:preferred\n```");
        assertEquals(1, Stubs.requests(wm).size(), out);
        assertFalse(out.contains("⚠ This answer disagrees"), out);
        assertTrue(out.contains("the placement block agrees with the simulator"), out);
        assertTrue(out.contains("> note: the prose may say otherwise"), out);
    }

    @Test
    void aWrongBlockIsAskedAboutAgainThenWarned() {
        String out = ask("trader is admitted.\n\n```placement\ntrader/app: admitted cpus=24-31 numa=1\n```");
        assertEquals(2, Stubs.requests(wm).size(), out);
        assertTrue(out.contains("⚠ This answer disagrees with the simulator"), out);
    }
}
