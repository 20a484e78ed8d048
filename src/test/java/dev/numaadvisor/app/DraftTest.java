package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.understand.Said;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The draft: the issue's "Done when" node as a golden file, and every draft lints clean and admits aligned. */
class DraftTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/draft/2x24x2-gpu1-8cpu-16gi-1gpu.txt");

    @Test
    void doneWhenNodeMatchesGoldenText() throws IOException {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x24x2 gpu@1").plan());
        DraftResult r = Draft.draft(s, DraftIntent.parse("8 cpu, 16Gi, 1 nvidia.com/gpu"), null, KubeVersion.NEWEST);
        assertEquals("single-numa-node", r.topologyManagerPolicy());
        assertEquals("admitted, aligned on NUMA 1", r.admission());
        String text = DraftReport.text(r);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, text);
        }
        assertEquals(Files.readString(GOLDEN), text);
    }

    @Test
    void reservedCoreSitsOffTheGpuNodeAndMemoryAddsUp() {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x24x2 gpu@0").plan());
        DraftResult r = Draft.draft(s, DraftIntent.parse("cpu=4 mem=8Gi gpu=1"), "restricted", KubeVersion.NEWEST);
        Map<String, Object> c = Draft.config(r).fields();
        assertEquals("24,72", c.get("reservedSystemCPUs"), "first core of NUMA 1, both siblings");
        assertTrue(r.memoryArithmetic().contains("1Gi + evictionHard memory.available 100Mi"));
        assertTrue(r.memoryArithmetic().endsWith("= 1124Mi, all on NUMA 1"));
        assertEquals("restricted", c.get("topologyManagerPolicy"));
        assertTrue(r.rollout().stream().allMatch(l -> l.startsWith("[for a human to run after review]")));
        assertEquals(Draft.POLICIES.size(), r.capacity().size());
    }

    @Test
    void podSpanningNumaNodesFallsBackToBestEffort() {
        Session s = new Session();
        SessionPlan.node(s, Said.node("2x8x1").plan());
        DraftResult r = Draft.draft(s, DraftIntent.parse("12 cpu, 4Gi"), null, KubeVersion.NEWEST);
        assertEquals("best-effort", r.topologyManagerPolicy(), r.reasoning().toString());
        assertTrue(r.admission().startsWith("admitted, aligned on NUMA 0,1"), r.admission());
        assertTrue(r.reasoning().stream().anyMatch(l -> l.startsWith("tried first and rejected: restricted")));
    }

    /** Random machines and intended pods that fit one NUMA node: the draft always passes both checks. */
    @Property(tries = 25)
    void everyDraftLintsCleanAndAdmitsAligned(@ForAll @IntRange(min = 1, max = 4) int sockets,
                                              @ForAll @IntRange(min = 4, max = 64) int cores,
                                              @ForAll boolean smt, @ForAll @IntRange(min = 0, max = 2) int npsPower,
                                              @ForAll @IntRange(min = 0, max = 15) int gpuNumaSeed,
                                              @ForAll @IntRange(min = 1, max = 100) int cpuSeed,
                                              @ForAll boolean gpu) {
        int nps = 1 << npsPower;
        if (cores % nps != 0) {
            cores = cores - cores % nps;
        }
        int numaNodes = sockets * nps;
        int threads = smt ? 2 : 1;
        int cpusPerNuma = cores / nps * threads;
        int cpus = 1 + cpuSeed % Math.max(1, cpusPerNuma - threads);
        String machine = sockets + "x" + cores + "x" + threads + (nps > 1 ? " nps=" + nps : "")
                + (gpu ? " gpu@" + (gpuNumaSeed % numaNodes) : "");
        Session s = new Session();
        SessionPlan.node(s, Said.node(machine).plan());
        String pod = cpus + " cpu, 2Gi" + (gpu ? ", 1 nvidia.com/gpu" : "");
        DraftResult r = Draft.draft(s, DraftIntent.parse(pod), null, KubeVersion.NEWEST);
        assertTrue(r.lint().kubeletStarts(), machine + " / " + pod);
        assertFalse(r.lint().hasFindingAtLeast(Severity.ERROR), machine + " / " + pod + ": " + r.lint().findings());
        assertTrue(r.admission().startsWith("admitted, aligned"), machine + " / " + pod + ": " + r.admission());
    }
}
