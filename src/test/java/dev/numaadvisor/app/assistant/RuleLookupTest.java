package dev.numaadvisor.app.assistant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12: a rule id or a pasted kubelet error goes to its rule page and says what to do. */
class RuleLookupTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what is NUMA-CPU-002?|NUMA-CPU-002: static-without-cpu-reservation",
        "numa-mem-002 keeps firing, why|NUMA-MEM-002",
        "SMT Alignment Error: requested 3 cpus not multiple cpus per core = 2|NUMA-POD-004",
        "kubelet won't start: [cpumanager] unable to determine reserved CPU resources for static policy|NUMA-CPU-002",
        "my pod failed with: Resources cannot be allocated with Topology locality|NUMA-POD-005",
    })
    void answersFromTheRulePage(String question, String rule) {
        String reply = new OfflineAssistant().answer(new Session(), question);
        assertTrue(reply.startsWith("NUMA-"), "the direct answer comes first: " + reply);
        assertTrue(reply.contains(rule), reply);
        assertTrue(reply.contains("What to do:"), reply);
        assertTrue(reply.contains("(knowledge/rules/"), reply);
    }
}
