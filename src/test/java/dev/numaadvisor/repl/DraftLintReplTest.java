package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import org.junit.jupiter.api.Test;

/** /draft shows app.Draft's draft for the session; /lint lints the session's config and pods. */
class DraftLintReplTest {
    @Test
    void draftAndLintOnTheSession() {
        ReplEngine e = new ReplEngine(new Style(false));
        e.handle("/node set 2x24x2 gpu@1");
        e.handle("/pod add train cpu=8 mem=16Gi gpu=1");
        String draft = e.handle("/draft");
        assertTrue(draft.contains("reservedSystemCPUs: 0,48") && draft.contains("aligned on NUMA 1"), draft);
        e.handle("/config set topologyManagerPolicy=single-numa-node");
        String lint = e.handle("/lint");
        assertTrue(lint.contains("NUMA-CPU-016"), lint);
    }
}
