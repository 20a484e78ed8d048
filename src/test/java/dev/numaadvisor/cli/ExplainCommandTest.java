package dev.numaadvisor.cli;

import static dev.numaadvisor.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.repl.ReplEngine;
import org.junit.jupiter.api.Test;

/** {@code numa-advisor explain}, which /simulate suggests: the same page as the REPL's /explain. */
class ExplainCommandTest {
    @Test
    void printsTheRulePageTheSimulationSuggests() {
        String[] r = run("explain", "NUMA-CPU-002");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("(knowledge/rules/NUMA-CPU-002.md)"), r[1]);
        // The REPL renders the page's headings for the screen; the CLI keeps the Markdown for pipes.
        String repl = new ReplEngine(Style.plain()).handle("/explain NUMA-CPU-002");
        assertEquals(repl.lines().findFirst(), r[1].lines().findFirst(), "same page as /explain");
        assertTrue(repl.contains("(knowledge/rules/NUMA-CPU-002.md)"), repl);
        assertTrue(r[1].startsWith("# NUMA-CPU-002: static-without-cpu-reservation"), r[1]);
    }

    @Test
    void topicsInWordsAndUnknownTopics() {
        String[] r = run("explain", "restricted");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("knowledge/"), r[1]);
        r = run("explain", "--help");
        assertTrue(r[1].contains("rule id"), r[1]);
    }
}
