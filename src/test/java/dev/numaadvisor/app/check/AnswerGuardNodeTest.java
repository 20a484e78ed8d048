package dev.numaadvisor.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Config blocks linted against the node, blank lines kept, the streaming gate, the engine run without simulate. */
class AnswerGuardNodeTest {
    private static final String CONFIG = "```yaml\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
            + "cpuManagerPolicy: static\ntopologyManagerPolicy: single-numa-node\nmemoryManagerPolicy: Static\n"
            + "reservedSystemCPUs: \"24-31\"\n```\n";

    @Test
    void configBlocksAreLintedAgainstTheSessionsNode() {
        AnswerGuard.Facts facts = CheckFixtures.facts(CheckFixtures.gpuSession());
        String withNode = AnswerGuard.check(CONFIG, facts).text();
        String without = AnswerGuard.check(CONFIG, AnswerGuard.Facts.NONE).text();
        assertTrue(withNode.contains("against the session's node"), withNode);
        List<String> nodeOnly = new ArrayList<>(findings(withNode));
        nodeOnly.removeAll(findings(without));
        // NUMA-ADV-001: reserved CPUs split cores; NUMA-ADV-002: reserved CPUs on the GPU's NUMA node.
        assertTrue(nodeOnly.containsAll(List.of("NUMA-ADV-001", "NUMA-ADV-002")), nodeOnly + "\n" + withNode);
    }

    private static List<String> findings(String text) {
        return text.lines().filter(l -> l.startsWith("> - NUMA-")).map(l -> l.split(" ")[2]).toList();
    }

    @Test
    void blankLinesAfterACodeBlockAreKept() {
        String answer = "Run:\n```bash\nkubectl get pods\n```\n\nSecond paragraph.";
        assertEquals(answer, AnswerGuard.check(answer, AnswerGuard.Facts.NONE).text());
    }

    @Test
    void theGateShowsOnlyCheckedParagraphsAndMarksCommandsBeforeDisplay() {
        AnswerGuard.Facts facts = CheckFixtures.facts(CheckFixtures.gpuSession());
        List<String> shown = new ArrayList<>();
        ParagraphGate gate = new ParagraphGate(() -> facts, shown::add);
        for (String line : List.of("The pod is rejected with TopologyAffinityError.\n", "\n",
                "Run `kubectl drain NODE-1` and `systemctl restart kubelet`.\n", "```bash\n", "reboot\n", "```\n",
                "\n", "It gets CPUs 24-27 and 72-75")) {
            gate.line(line);
        }
        assertTrue(shown.size() >= 3, shown.toString());
        assertTrue(shown.get(0).contains(ParagraphGate.PROVISIONAL), shown.get(0));
        String all = String.join("", shown);
        assertFalse(all.contains("It gets CPUs"), "the last paragraph is held until it is complete");
        gate.flush();
        all = String.join("", shown);
        assertTrue(all.contains("`systemctl restart kubelet`. (" + AnswerGuard.HUMAN_MARK + ")"), all);
        assertTrue(all.contains("reboot   # " + AnswerGuard.HUMAN_MARK), all);
        assertTrue(all.endsWith("It gets CPUs 24-27 and 72-75"), all);
        assertEquals(2, gate.mismatches().size(), gate.mismatches().toString());
    }

    @Test
    void withoutSimulateTheQuestionsNodeAndPodAreRunAnyway() {
        Session empty = new Session();
        String question = CheckFixtures.GPU_DESCRIPTION + ". Will it be admitted?";
        AnswerGuard.Facts f = AnswerFacts.of(empty, question, false);
        assertTrue(f.result() != null && f.machine() != null);
        assertFalse(empty.hasNode(), "the user's session is not changed");
        assertFalse(AnswerGuard.check("It is rejected.", f).mismatches().isEmpty());
        assertTrue(AnswerGuard.check("It is admitted on NUMA node 1.", f).mismatches().isEmpty());
    }
}
