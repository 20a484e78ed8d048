package dev.numaadvisor.llm;

import dev.numaadvisor.app.check.AnswerGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.admission.SimulationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The output guardrail on scripted answers: lint under config blocks, verdict and CPU checks, node-changing commands. */
class AnswerGuardTest {
    private static final SimulationResult GPU_POD = understood(Stubs.GPU_DESCRIPTION);

    /** The session the offline assistant builds from the description, simulated. */
    private static SimulationResult understood(String description) {
        Session s = new Session();
        new OfflineAssistant().answer(s, description);
        return SessionRun.run(s).result();
    }

    @Test
    void brokenConfigAndWrongVerdictAreCaught() {
        String answer = "The pod is rejected with TopologyAffinityError on CPUs 0-7.\n\n"
                + "```yaml\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
                + "cpuManagerPolicy: static\ntopologyManagerPolicy: single-numa-node\n```\n";
        AnswerGuard.Checked c = AnswerGuard.check(answer, GPU_POD);
        assertEquals(1, c.linted());
        assertTrue(c.text().contains("> checked by numa-advisor lint:\n> - NUMA-"), c.text());
        assertTrue(c.text().contains("the kubelet would not start"), c.text());
        assertEquals(3, c.mismatches().size(), c.mismatches().toString());
        assertTrue(c.mismatches().get(0).startsWith("the answer says app is rejected"));
        assertTrue(c.mismatches().get(1).contains("rejection reason as TopologyAffinityError"));
        assertTrue(c.mismatches().get(2).contains("CPUs 0-7"));
        assertTrue(c.mismatches().get(2).contains("app admitted, app on CPUs " + Stubs.GPU_CPUS));
    }

    @Test
    void rightAnswerPassesAndAGoodPodIsLintedToo() {
        String answer = "Admitted: the container gets CPUs " + Stubs.GPU_CPUS + ".\n```yaml\napiVersion: v1\nkind: Pod\n"
                + "metadata:\n  name: app\nspec:\n  containers:\n  - name: app\n    image: x\n    resources:\n"
                + "      requests: {cpu: \"8\", memory: 16Gi}\n      limits: {cpu: \"8\", memory: 16Gi}\n```\n";
        AnswerGuard.Checked c = AnswerGuard.check(answer, GPU_POD);
        assertTrue(c.mismatches().isEmpty(), c.mismatches().toString());
        assertEquals(1, c.linted());
        assertTrue(c.text().contains("> checked by numa-advisor lint"), c.text());
    }

    @Test
    void theMachinesOwnCpuSetsAreFactsNotThePodsClaims() {
        String answer = "NUMA 1 has CPUs 24-47,72-95; the pod got CPUs " + Stubs.GPU_CPUS + ".";
        assertTrue(AnswerGuard.check(answer, GPU_POD).mismatches().isEmpty());
    }

    @Test
    void noResultNoComparison() {
        assertTrue(AnswerGuard.check("It is rejected on CPUs 1-3.", AnswerGuard.Facts.NONE).mismatches().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubectl drain worker-1 --ignore-daemonsets", "kubectl -n kube-system delete pod x",
        "sudo systemctl restart kubelet", "ssh worker-1", "rm -f /var/lib/kubelet/cpu_manager_state",
        "echo {} > /var/lib/kubelet/config.yaml", "kubectl apply -f kubelet.yaml", "kubectl cordon n1",
        "kubectl patch node n1 -p {}", "kubectl edit cm x", "kubectl label node n1 a=b", "kubectl taint node n1 a:NoSchedule"})
    void nodeChangingCommandsAreMarked(String command) {
        String block = AnswerGuard.check("Then:\n```bash\n" + command + "\n```\n", AnswerGuard.Facts.NONE).text();
        assertTrue(block.contains(command + "   # " + AnswerGuard.HUMAN_MARK), block);
        String prose = AnswerGuard.check("Run `" + command + "` after draining.", AnswerGuard.Facts.NONE).text();
        assertTrue(prose.contains("(" + AnswerGuard.HUMAN_MARK + ")"), prose);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubectl get pods -o wide", "cat /var/lib/kubelet/cpu_manager_state",
        "kubectl describe node n1", "numactl -H", "lscpu"})
    void readOnlyCommandsAreNotMarked(String command) {
        assertFalse(AnswerGuard.check("```bash\n" + command + "\n```", AnswerGuard.Facts.NONE).text().contains(AnswerGuard.HUMAN_MARK));
    }
}
