package dev.numaadvisor.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.core.cpu.BusyCpuCheckpoint;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.model.CpuSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * busyCpus becomes a cpu_manager_state at simulation time: per NUMA node one entry holding that
 * many CPUs (whole cores first, never reserved CPUs, lowest ids first), the rest in
 * defaultCpuSet, checksum 0. On 2x4x2 NUMA 0 is CPUs 0-3 and their siblings 8-11, NUMA 1 is 4-7
 * and 12-15; reservedSystemCPUs 0,8 is NUMA 0's first core.
 */
class BusyCpusTest {
    private static Session node() {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x4x2 mem=8Gi").plan());
        s.config(s.config().with("cpuManagerPolicy", "static").with("reservedSystemCPUs", "0,8"));
        return s;
    }

    private static CpuManagerCheckpoint checkpoint(Session s) {
        return SessionInput.document(s).input().cpuCheckpoint();
    }

    @Test
    void wholeCoresFirstThenLowestIds() {
        Session s = node();
        s.state(s.state().withBusyCpus(1, 5));
        CpuManagerCheckpoint c = checkpoint(s);
        assertEquals("static", c.policyName());
        assertEquals(0, c.checksum());
        assertEquals(Map.of("busy-numa-1", Map.of(BusyCpuCheckpoint.CONTAINER, CpuSet.parse("4-6,12-13"))),
                c.entries());
        assertEquals(CpuSet.parse("0-3,7-11,14-15"), c.defaultCpuSet(), "the rest, reserved CPUs included");
    }

    @Test
    void reservedCpusAreNeverTakenAndEachNodeGetsItsEntry() {
        Session s = node();
        s.state(s.state().withBusyCpus(0, 6).withBusyCpus(1, 2));
        CpuManagerCheckpoint c = checkpoint(s);
        assertEquals(CpuSet.parse("1-3,9-11"), c.entries().get("busy-numa-0").get(BusyCpuCheckpoint.CONTAINER));
        assertEquals(CpuSet.parse("4,12"), c.entries().get("busy-numa-1").get(BusyCpuCheckpoint.CONTAINER));
        assertEquals(CpuSet.parse("0,5-8,13-15"), c.defaultCpuSet());
        assertTrue(SessionRun.run(s).result().startError() == null, "the kubelet restores this state");
    }

    @Test
    void tooManyBusyCpusIsAClearError() {
        Session s = node();
        s.state(s.state().withBusyCpus(0, 7));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionRun.run(s));
        assertEquals("busy CPUs on NUMA node 0: 7 asked, but it has only 6 CPUs that are not reserved",
                e.getMessage());
    }

    @Test
    void busyCpusAndAPastedCheckpointDoNotGoTogether() {
        Session s = node();
        Paste.add(s, "{policyName: static, defaultCpuSet: \"0-15\", checksum: 0}", SessionRun.FILES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.state(s.state().withBusyCpus(1, 2)));
        assertTrue(e.getMessage().startsWith("busy CPUs and a pasted cpu_manager_state both say which CPUs"),
                e.getMessage());
        assertTrue(s.state().busyCpus().isEmpty() && s.state().cpuCheckpoint() != null, "the state is kept");
        Session busy = node();
        busy.state(busy.state().withBusyCpus(1, 2));
        assertThrows(IllegalArgumentException.class, () -> Paste.add(busy, "{policyName: static, defaultCpuSet: "
                + "\"0-15\", checksum: 0}", SessionRun.FILES));
        assertEquals(Map.of(1, 2), busy.state().busyCpus());
    }

    @Test
    void busyCpusNeedTheStaticPolicy() {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x4x2").plan());
        s.state(s.state().withBusyCpus(1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionRun.run(s));
        assertTrue(e.getMessage().startsWith("busy CPUs need cpuManagerPolicy static"), e.getMessage());
    }

    @Test
    void aSavedSessionHoldsTheCheckpointBusyCpusStandFor() {
        Session s = node();
        s.state(s.state().withBusyCpus(1, 5));
        String yaml = s.toScenarioYaml();
        assertTrue(yaml.contains("defaultCpuSet: 0-3,7-11,14-15"), yaml);
        assertTrue(yaml.contains("busy-numa-1:\n"), yaml);
    }
}
