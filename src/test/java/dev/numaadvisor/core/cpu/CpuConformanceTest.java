package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every cpu conformance scenario against the CPU Manager alone, with a minimal stand-in for
 * the Topology Manager (policy none: no hint; harness.topologyHint: that hint; best-effort with
 * only the CPU provider: its best hint). Checks exactly what the files expect.
 */
class CpuConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformance() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : CpuConformanceCase.files()) {
            tests.add(
                    DynamicTest.dynamicTest(
                            f.getFileName().toString(), () -> run(CpuConformanceCase.load(f))));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    static void run(CpuConformanceCase k) {
        Trace trace = new Trace();
        Map<String, Object> expNode = (Map<String, Object>) k.expected().get("node");
        Map<String, Object> expStart =
                expNode == null ? null : (Map<String, Object>) expNode.get("kubeletStartError");
        CpuManager m;
        try {
            m =
                    CpuManager.start(
                            k.machine(),
                            k.config(),
                            KubeVersion.NEWEST,
                            k.harness(),
                            k.checkpoint(),
                            trace);
        } catch (KubeletStartError e) {
            assertNotNull(expStart, "unexpected start error: " + e.getMessage());
            String want = (String) expStart.get("message");
            assertTrue(
                    e.getMessage().contains(want),
                    "start error\n got: " + e.getMessage() + "\nwant: " + want);
            return;
        }
        assertNull(expStart, "expected a start error " + expStart);
        List<Map<String, Object>> expPods =
                (List<Map<String, Object>>) k.expected().getOrDefault("pods", List.of());
        for (Pod pod : k.pods()) {
            Map<String, Object> exp =
                    expPods.stream()
                            .filter(p -> pod.name().equals(p.get("name")))
                            .findFirst()
                            .orElse(null);
            admit(k, m, pod, exp, trace);
        }
        if (expNode != null && expNode.get("state") != null) {
            Map<String, Object> cp =
                    (Map<String, Object>)
                            ((Map<String, Object>) expNode.get("state"))
                                    .get("cpuManagerCheckpoint");
            assertEquals(
                    CpuConformanceCase.cpus(cp.get("defaultCpuSet")),
                    m.checkpoint().defaultCpuSet(),
                    "defaultCpuSet\n" + String.join("\n", trace.steps()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void admit(
            CpuConformanceCase k, CpuManager m, Pod pod, Map<String, Object> exp, Trace trace) {
        boolean tmNone =
                KubeletConfig.TOPOLOGY_POLICY_NONE.equals(k.config().topologyManagerPolicy());
        boolean podScope = KubeletConfig.SCOPE_POD.equals(k.config().topologyManagerScope());
        TopologyHint podHint = null;
        if (!tmNone && podScope) {
            ProviderHints ph = m.podHints(pod, trace);
            if (exp != null && exp.get("hints") != null) {
                assertHints(((Map<String, Object>) exp.get("hints")).get("cpu"), ph, trace);
            }
            podHint = best(ph);
        }
        AdmissionError rejected = null;
        for (Container c : pod.allContainers()) {
            TopologyHint hint = TopologyHint.ZERO;
            if (!tmNone && !podScope) {
                ProviderHints ch = m.containerHints(pod, c, trace);
                Map<String, Object> ec = expContainer(exp, c.name());
                if (ec != null && ec.get("hints") != null) {
                    assertHints(((Map<String, Object>) ec.get("hints")).get("cpu"), ch, trace);
                }
                hint = best(ch);
            } else if (podScope && !tmNone) {
                hint = podHint;
            }
            if (k.harnessHint() != null) {
                hint = k.harnessHint();
            }
            try {
                m.allocate(pod, c, hint, trace);
            } catch (AdmissionError e) {
                rejected = e;
                break;
            }
        }
        if (exp == null) {
            return;
        }
        String steps = "\n" + String.join("\n", trace.steps());
        if (exp.get("admitted") != null) {
            assertEquals(exp.get("admitted"), rejected == null, "admitted" + steps);
        }
        if (rejected != null) {
            if (exp.containsKey("reason")) {
                assertEquals(exp.get("reason"), rejected.reason(), "reason" + steps);
            }
            if (exp.containsKey("message")) {
                assertEquals(exp.get("message"), rejected.getMessage(), "message" + steps);
            }
            return;
        }
        for (Map<String, Object> ec :
                (List<Map<String, Object>>) exp.getOrDefault("containers", List.of())) {
            String name = (String) ec.get("name");
            if (ec.get("exclusiveCPUs") != null) {
                assertEquals(
                        ec.get("exclusiveCPUs"),
                        m.exclusive(pod.uid(), name),
                        name + " exclusive" + steps);
            }
            if (ec.get("cpus") != null) {
                assertEquals(
                        CpuConformanceCase.cpus(ec.get("cpus")),
                        m.assigned(pod.uid(), name),
                        name + " cpus" + steps);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expContainer(Map<String, Object> exp, String name) {
        if (exp == null) {
            return null;
        }
        for (Map<String, Object> c :
                (List<Map<String, Object>>) exp.getOrDefault("containers", List.of())) {
            if (name.equals(c.get("name"))) {
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void assertHints(Object expected, ProviderHints got, Trace trace) {
        List<TopologyHint> hints = got.byResource().get(Resources.CPU);
        List<String> want = new ArrayList<>();
        for (Map<String, Object> h : (List<Map<String, Object>>) expected) {
            List<Integer> ids =
                    (List<Integer>)
                            (List<?>)
                                    ((List<Object>) h.get("affinity"))
                                            .stream().map(o -> ((Number) o).intValue()).toList();
            want.add(ids + " " + h.get("preferred"));
        }
        List<String> have = new ArrayList<>();
        if (hints == null) {
            fail("no cpu hints; expected " + want);
        }
        for (TopologyHint h : hints) {
            have.add(h.affinity().ids() + " " + h.preferred());
        }
        assertEquals(want, have, "hints\n" + String.join("\n", trace.steps()));
    }

    /** The best hint of a lone provider: preferred first, then the narrower mask. */
    private static TopologyHint best(ProviderHints ph) {
        List<TopologyHint> hints = ph.byResource().get(Resources.CPU);
        if (hints == null) {
            return TopologyHint.DONT_CARE;
        }
        TopologyHint best = null;
        for (TopologyHint h : hints) {
            if (best == null || h.lessThan(best)) {
                best = h;
            }
        }
        return best == null ? TopologyHint.ZERO : best;
    }
}
