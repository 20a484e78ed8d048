package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claims in the shapes models write them — tables, labelled list items, a question answered at
 * once, "cores … plus their siblings", where a device sits — attributed to the right container.
 * Fixture: feed (decoder on CPUs 8-9,24-25 with NIC-0 on NUMA 1; writer on 1,17, NUMA 0) and logs
 * (Burstable, shared pool).
 */
class ClaimShapesTest {
    private static final AnswerGuard.Facts FEED = CheckerEval.facts("check/two-containers.yaml");

    private static List<String> check(String answer) {
        return AnswerGuard.check(answer, FEED).mismatches();
    }

    @Test
    void theFixtureIsWhatTheTestsSay() {
        String v = Verdicts.of(FEED.result(), null);
        assertTrue(v.contains("decoder on CPUs 8-9,24-25") && v.contains("writer on CPUs 1,17"), v);
        assertTrue(v.contains("logs admitted") && !v.contains("shipper on CPUs"), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "| Container | CPUs | NUMA |\n|---|---|---|\n| decoder | 8-9, 24-25 | 1 |\n| writer | 1, 17 | 0 |",
        "decoder gets CPUs 8-9 and 24-25 with NIC-0; writer gets CPU 1 and CPU 17 on NUMA node 0.",
        "- decoder → CPUs 8,9,24,25 (NUMA 1), NIC-0\n- writer → cores 1 plus their HT siblings 17",
        "logs runs in the shared pool: it gets no exclusive CPUs.",
        "Will feed be admitted? Yes. Both of its containers get exclusive CPUs.",
        "NIC-0 (NUMA 1) goes to decoder, which is pinned to NUMA node 1.",
        "| Pod | Admitted? | Reason |\n|---|---|---|\n| feed | ✅ | — |\n| logs | yes | — |",
        "**Verdict:** feed is admitted.\n\n* decoder: NIC-0\n* Merged hint: [1], preferred=true",
        "Does logs get rejected? No — it lands in the shared pool.",
        "## Your node\n- NUMA 0: CPUs 0–7 and 16–23\n- NUMA 1: CPUs 8–15 and 24–31\n\ndecoder gets CPUs 8-9,24-25.",
        "feed is admitted.\n\n### Options\n- Use best-effort: feed would then spread over NUMA 0 and NUMA 1.",
        "Had logs been Guaranteed with 2 CPUs, it would have been pinned to exclusive CPUs 2-3,18-19.",
        "| Pod | Container | CPU request | CPUs |\n|---|---|---|---|\n| feed | decoder | 4 | 8-9,24-25 |",
        "logs runs in the shared pool, 0,2-7,10-16,18-23,26-31, and a further Burstable pod would be admitted there too."})
    void rightAnswersInEveryShapeRaiseNoAlarm(String answer) {
        assertEquals(List.of(), check(answer), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "decoder gets CPUs 1 and 17.",
        "| Container | CPUs | NUMA |\n|---|---|---|\n| decoder | 8-9, 24-25 | 1 |\n| writer | 8-9, 24-25 | 1 |",
        "- writer → CPUs 1,17 (NUMA 1)",
        "logs gets exclusive CPUs on NUMA node 0.",
        "Will logs be admitted? No.",
        "NIC-0, which sits on NUMA node 0, goes to decoder.",
        "| Pod | Admitted? | Reason |\n|---|---|---|\n| feed | ❌ | TopologyAffinityError |",
        "decoder gets cores 8–9 plus their HT siblings 25–26.",
        "* decoder: NIC-0\n* Merged hint: [1], preferred=false",
        "- **writer**: NIC-0",
        "For decoder the merged hint is {0}, preferred.",
        "writer then gets fresh cores, 2-3,18-19.",
        "logs runs in the shared pool, 2-7,10-15.",
        "The merge ends at {0}, not preferred, for decoder."})
    void oneWrongClaimInAnyShapeIsCaught(String answer) {
        assertFalse(check(answer).isEmpty(), answer);
    }

    @Test
    void theClaimNamesTheContainerItIsAbout() {
        List<String> m = check("writer gets CPUs 8-9 and 24-25.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("the answer names CPUs 8-9,24-25 for feed's container writer"), m.get(0));
    }
}
