package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import org.junit.jupiter.api.Test;

/**
 * /lint and /simulate give one start-up verdict: a pasted cpu_manager_state whose defaultCpuSet
 * lacks the reserved CPUs stops the kubelet in both (once the case a new user met: /lint said
 * "kubelet starts" while /simulate said it would not).
 */
class LintSimulateStartupReplTest {
    private static final String MESSAGE = "start cpu manager error: not all reserved cpus: \"0,8\" are present"
            + " in defaultCpuSet: \"1-7,9-15\"";

    @Test
    void aCheckpointWithoutTheReservedCpusStopsTheKubeletInBoth() {
        ReplEngine e = new ReplEngine(new Style(false));
        e.handle("/node set 2x4x2");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0,8");
        String pasted = e.handle("{\"policyName\": \"static\", \"defaultCpuSet\": \"1-7,9-15\", \"checksum\": 0}");
        assertTrue(pasted.contains("cpu_manager_state added"), pasted);
        String lint = e.handle("/lint");
        assertTrue(lint.contains("kubelet does not start: " + MESSAGE), lint);
        String simulate = e.handle("/simulate");
        assertTrue(simulate.contains("kubelet would not start") && simulate.contains(MESSAGE), simulate);
    }

    @Test
    void aCheckpointWithTheReservedCpusStartsInBoth() {
        ReplEngine e = new ReplEngine(new Style(false));
        e.handle("/node set 2x4x2");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0,8");
        e.handle("{\"policyName\": \"static\", \"defaultCpuSet\": \"0-15\", \"checksum\": 0}");
        String lint = e.handle("/lint");
        assertTrue(!lint.contains("does not start"), lint);
        String simulate = e.handle("/simulate");
        assertTrue(!simulate.contains("would not start"), simulate);
    }
}
