package dev.numaadvisor.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.admission.PodResult;
import org.junit.jupiter.api.Test;

/**
 * /whatif policy=restricted: the GPU is on NUMA 0, which has only 3 CPUs free (CPU 0 reserved),
 * so the best merged hint is [0] not preferred: best-effort admits, restricted rejects.
 */
class WhatIfReplTest {
    @Test
    void restrictedRejectsACrossNumaPod() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi gpu@0");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/config set topologyManagerPolicy=best-effort");
        e.handle("/pod add big cpu=4 mem=1Gi gpu=1");
        PodResult before = SessionRun.run(e.session()).result().pod("big");
        assertTrue(before.admitted(), String.valueOf(before));
        String out = e.handle("/whatif policy=restricted");
        assertTrue(out.contains("big"), out);
        assertTrue(out.contains("admitted cpus " + before.containers().get(0).cpus()), out);
        assertTrue(out.contains("rejected TopologyAffinityError"), out);
    }

    @Test
    void busyCpusOnTheGpuNodeMoveThePodOrRejectIt() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi gpu@1");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/config set topologyManagerPolicy=single-numa-node");
        e.handle("/pod add big cpu=3 mem=1Gi gpu=1");
        String out = e.handle("/whatif busy=1:2");
        assertTrue(out.contains("big"), out);
        assertTrue(out.contains("admitted cpus 4-6"), out);
        assertTrue(out.contains("rejected TopologyAffinityError"), out);
        assertTrue(e.session().state().busyCpus().isEmpty(), "the session itself is unchanged");
        assertTrue(e.handle("/whatif busy=one").startsWith("error: cannot read busy=\"one\""));
    }
}
