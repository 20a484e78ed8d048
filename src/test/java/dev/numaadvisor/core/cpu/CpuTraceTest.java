package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** The trace says in plain words why each container got what it got. */
class CpuTraceTest {

    private static CpuManager manager() throws Exception {
        return CpuManager.start(
                CpuManagerStartTest.machine("topoDualSocketHT"),
                CpuManagerStartTest.config("static", Map.of(), Map.of(), "", "1", "none"),
                KubeVersion.NEWEST,
                null,
                null);
    }

    private static void assertSays(Trace t, String words) {
        assertTrue(
                t.steps().stream().anyMatch(s -> s.contains(words)),
                "trace lacks \"" + words + "\":\n" + String.join("\n", t.steps()));
    }

    @Test
    void burstablePodGoesToTheSharedPool() throws Exception {
        Trace t = new Trace();
        Pod pod = PolicyFixtures.makePod("web", "app", "1", "2");
        manager().allocate(pod, pod.containers().get(0), TopologyHint.ZERO, t);
        assertSays(t, "pod web is Burstable, not Guaranteed -> app runs in the shared pool");
    }

    @Test
    void fractionalRequestGoesToTheSharedPool() throws Exception {
        Trace t = new Trace();
        Pod pod = PolicyFixtures.makePod("web", "app", "3500m", "3500m");
        manager().allocate(pod, pod.containers().get(0), TopologyHint.ZERO, t);
        assertSays(t, "requests cpu 3500m, which is not a whole number of CPUs -> shared pool");
    }

    @Test
    void exclusiveCpusAndTheStepsThatChoseThem() throws Exception {
        Trace t = new Trace();
        Pod pod = PolicyFixtures.makePod("db", "app", "4", "4");
        CpuManager m = manager();
        m.allocate(
                pod,
                pod.containers().get(0),
                new TopologyHint(dev.numaadvisor.core.model.NumaMask.of(1), true),
                t);
        assertSays(t, "took whole cores 1,3 and their siblings 7,9 on NUMA node 1");
        assertSays(t, "app gets exclusive CPUs 1,3,7,9 on NUMA node 1");
    }

    @Test
    void hintsSayWhichNodesCanHoldTheRequest() throws Exception {
        Trace t = new Trace();
        Pod pod = PolicyFixtures.makePod("db", "app", "6", "6");
        manager().containerHints(pod, pod.containers().get(0), t);
        assertSays(t, "NUMA 0 alone has only 5 CPUs free, fewer than 6 -> no hint for [0]");
        assertSays(t, "NUMA 1 alone has 6 CPUs free >= 6 -> preferred [1]");
        assertSays(t, "NUMA nodes [0,1] together have 11 CPUs free >= 6 -> not preferred [0,1]");
    }

    @Test
    void errorsAreExplained() throws Exception {
        Trace t = new Trace();
        Pod pod = PolicyFixtures.makePod("big", "app", "12", "12");
        CpuManager m = manager();
        assertThrows(
                AdmissionError.class,
                () -> m.allocate(pod, pod.containers().get(0), TopologyHint.ZERO, t));
        assertSays(
                t,
                "cannot allocate 12 CPUs for app: not enough cpus available to satisfy request:"
                    + " requested=12, available=11 -> the pod is rejected with"
                    + " UnexpectedAdmissionError");
    }

    @Test
    void copiesAreIndependent() throws Exception {
        CpuManager m = manager();
        CpuManager c = m.copy();
        Pod pod = PolicyFixtures.makePod("db", "app", "2", "2");
        c.allocate(pod, pod.containers().get(0), TopologyHint.ZERO, Trace.disabled());
        assertTrue(c.exclusive("db", "app"));
        assertTrue(!m.exclusive("db", "app") && m.sharedPool().size() == 12);
        Container sidecar = new Container("s", Map.of("cpu", Quantity.parse("1")), Map.of(), true);
        assertTrue(
                CpuManager.guaranteedCpus(
                                new Pod("x", null, null, List.of(sidecar), List.of()), sidecar)
                        == 0);
    }
}
