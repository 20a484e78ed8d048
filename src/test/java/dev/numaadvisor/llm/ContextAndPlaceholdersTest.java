package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.repl.ReplEngine;
import org.junit.jupiter.api.Test;

/** One placeholder table per session (kept across /model), and /context shows exactly what would be sent. */
class ContextAndPlaceholdersTest {
    @Test
    void thePlaceholderTableOutlivesAModelSwitch() {
        ReplEngine e = Stubs.engine(ProviderKind.OPENAI, "http://127.0.0.1:1/v1", Stubs.fast());
        String before = e.handle("/context is node gpu-node-7 at 10.9.8.7 healthy?");
        Redactor first = e.router().built().redactor();
        e.handle("/model openai gpt-4o http://127.0.0.1:1/v1");
        String after = e.handle("/context is node gpu-node-7 at 10.9.8.7 healthy?");
        assertSame(first, e.router().built().redactor());
        assertTrue(before.contains("is node NODE-1 at IP-1 healthy?"), before);
        assertTrue(after.contains("is node NODE-1 at IP-1 healthy?"), after);
    }

    @Test
    void contextShowsTheWholeMessageAsItWouldBeSent() {
        ReplEngine e = Stubs.engine(ProviderKind.OPENAI, "http://127.0.0.1:1/v1", Stubs.fast());
        String longQuestion = "why? " + "the pod on node gpu-node-7 keeps its CPUs. ".repeat(20);
        String context = e.handle("/context " + longQuestion);
        assertTrue(context.contains(longQuestion.strip().replace("gpu-node-7", "NODE-1")), context);
        assertFalse(context.contains("gpu-node-7"), context);
        assertFalse(context.contains(Stubs.KEY));
    }
}
