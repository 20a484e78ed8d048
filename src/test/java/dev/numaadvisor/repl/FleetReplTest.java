package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import org.junit.jupiter.api.Test;

/**
 * /fleet on the session of WhatIfReplTest: the GPU sits on NUMA 0, which has 3 free CPUs, so every
 * 4-CPU GPU pod is cross-NUMA: none admits them all, restricted and single-numa-node none.
 */
class FleetReplTest {
    @Test
    void chartsTheCapacityEachPolicyCosts() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi gpu@0");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/pod add big cpu=4 mem=1Gi gpu=1");
        String out = e.handle("/fleet 3");
        assertTrue(out.contains("Capacity admitted"), out);
        assertTrue(out.matches("(?s).*none +█+ +12 CPU +baseline.*"), out);
        assertTrue(out.matches("(?s).*restricted +0 CPU +-100\\.0% capacity.*"), out);
        assertTrue(e.handle("/help fleet").contains("[NODES]"));
    }

    @Test
    void drawsAProgressBarOnTheScreenAndWipesIt() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi gpu@0");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/pod add big cpu=4 mem=1Gi gpu=1");
        StringBuilder screen = new StringBuilder();
        e.streamTo(screen::append);
        String out = e.handle("/fleet 200");
        assertTrue(out.contains("Capacity admitted"), out);
        assertTrue(screen.toString().startsWith("\r/fleet 200 nodes ["), "[" + screen + "]");
        assertTrue(screen.toString().contains("] 100%"), screen.toString());
        assertTrue(screen.toString().endsWith("\r"), "the bar is wiped before the chart");
    }

    @Test
    void withoutPodsSaysWhatToDo() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi");
        assertTrue(e.handle("/fleet").contains("no pods yet"), e.handle("/fleet"));
    }
}
