package dev.numaadvisor.app.check;

import dev.numaadvisor.adapter.text.Style;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.scenario.NodeMachine;
import dev.numaadvisor.repl.ReplEngine;

/** Two sessions the checker is tried on: the GPU pod (admitted) and trader (rejected) beside web (admitted). */
final class CheckFixtures {
    static final String GPU_DESCRIPTION = "a node with two sockets of 24 cores, a GPU on NUMA node 1, a Guaranteed "
            + "pod asking 8 CPUs, 16Gi and one GPU, single-numa-node";

    private CheckFixtures() {
    }

    static Session gpuSession() {
        Session s = new Session();
        new OfflineAssistant().answer(s, GPU_DESCRIPTION);
        return s;
    }

    /** 2 NUMA nodes of 4 CPUs, static + single-numa-node, CPU 0 reserved: web (2) fits, trader (6) cannot. */
    static Session traderSession() {
        ReplEngine e = new ReplEngine(Style.plain());
        e.handle("/node set 2x4x1 mem=8Gi");
        e.handle("/config set cpuManagerPolicy=static");
        e.handle("/config set reservedSystemCPUs=0");
        e.handle("/config set topologyManagerPolicy=single-numa-node");
        e.handle("/pod add web cpu=2 mem=1Gi");
        e.handle("/pod add trader cpu=6 mem=1Gi");
        return e.session();
    }

    static AnswerGuard.Facts facts(Session s) {
        return new AnswerGuard.Facts(SessionRun.run(s).result(), NodeMachine.of(s.topology(), s.devices()));
    }
}
