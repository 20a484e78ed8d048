package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.trace.Trace;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Invariants of the CPU Manager over random machines, options and pod sequences: no CPU is given
 * twice, reserved CPUs are never exclusive, an allocation has exactly the requested size and comes
 * out of the CPUs that were free for it.
 */
class CpuAllocationProperties {
    private static final List<Map<String, String>> OPTIONS =
            List.of(
                    Map.of(),
                    Map.of("full-pcpus-only", "true"),
                    Map.of("distribute-cpus-across-numa", "true"),
                    Map.of("distribute-cpus-across-numa", "true", "full-pcpus-only", "true"),
                    Map.of("distribute-cpus-across-cores", "true"),
                    Map.of("prefer-align-cpus-by-uncorecache", "true"),
                    Map.of("strict-cpu-reservation", "true"),
                    Map.of("align-by-socket", "true"));

    /** sockets x NUMA nodes per socket x cores per NUMA node x threads, Linux-style numbering. */
    static Machine machine(int sockets, int numaPerSocket, int coresPerNuma, int threads) {
        int cores = sockets * numaPerSocket * coresPerNuma;
        List<CpuInfo> cpus = new ArrayList<>();
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        for (int t = 0; t < threads; t++) {
            for (int c = 0; c < cores; c++) {
                int numa = c / coresPerNuma;
                int socket = numa / numaPerSocket;
                cpus.add(
                        new CpuInfo(
                                t * cores + c,
                                c,
                                socket,
                                numa,
                                numa / Math.max(1, numaPerSocket / 2)));
                nodes.putIfAbsent(numa, new NumaNode(numa, 1L << 30, Map.of()));
            }
        }
        return new Machine(new CpuTopology(cpus), nodes, Map.of(), List.of());
    }

    @Property(tries = 300)
    void allocationsAreDisjointExactAndOutsideTheReservation(
            @ForAll @IntRange(min = 1, max = 2) int sockets,
            @ForAll @IntRange(min = 1, max = 2) int numaPerSocket,
            @ForAll @IntRange(min = 1, max = 4) int coresPerNuma,
            @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll @IntRange(min = 0, max = 7) int optionSet,
            @ForAll @IntRange(min = 1, max = 3) int reserved,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 6) Integer> requests,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 3) Integer> hints)
            throws Exception {
        Machine machine = machine(sockets, numaPerSocket, coresPerNuma, threads);
        KubeletConfig d = KubeletConfig.defaults();
        KubeletConfig config =
                new KubeletConfig(
                        "static",
                        OPTIONS.get(optionSet),
                        d.memoryManagerPolicy(),
                        "none",
                        "container",
                        Map.of(),
                        "",
                        Map.of(
                                "cpu",
                                Quantity.parse(
                                        Integer.toString(
                                                Math.min(reserved, machine.topology().numCpus())))),
                        Map.of(),
                        d.evictionHard(),
                        List.of(),
                        Map.of("CPUManagerPolicyAlphaOptions", true),
                        d.enforceNodeAllocatable(),
                        "",
                        "");
        CpuManager m =
                CpuManager.start(machine, config, KubeVersion.NEWEST, null, null, Trace.disabled());
        List<CpuSet> given = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Pod pod =
                    PolicyFixtures.makePod(
                            "pod-" + i,
                            "c",
                            Integer.toString(requests.get(i)),
                            Integer.toString(requests.get(i)));
            CpuSet free = m.sharedPool().difference(m.reserved());
            int h = hints.get(i) % (machine.numaNodes().size() + 1);
            TopologyHint hint =
                    h == 0 ? TopologyHint.ZERO : new TopologyHint(NumaMask.of(h - 1), true);
            try {
                m.allocate(pod, pod.containers().get(0), hint, Trace.disabled());
            } catch (AdmissionError e) {
                assertFalse(m.exclusive(pod.uid(), "c"), "a rejected container holds no CPUs");
                continue;
            }
            CpuSet cpus = m.assigned(pod.uid(), "c");
            assertEquals(requests.get(i), cpus.size(), "allocation size = request");
            assertTrue(
                    free.containsAll(cpus),
                    "result comes from the free CPUs " + free + ": " + cpus);
            assertFalse(cpus.intersects(m.reserved()), "reserved CPUs are never exclusive");
            for (CpuSet other : given) {
                assertFalse(cpus.intersects(other), "no CPU given twice");
            }
            assertFalse(cpus.intersects(m.sharedPool()), "exclusive CPUs leave the shared pool");
            given.add(cpus);
        }
    }

    @Property(tries = 300)
    void theAllocatorTakesExactlyWhatIsAskedFromWhatIsFree(
            @ForAll @IntRange(min = 1, max = 2) int sockets,
            @ForAll @IntRange(min = 1, max = 4) int numaPerSocket,
            @ForAll @IntRange(min = 1, max = 4) int coresPerNuma,
            @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll long freeBits,
            @ForAll @IntRange(min = 0, max = 40) int count,
            @ForAll @IntRange(min = 0, max = 3) int mode)
            throws CpuAssignmentError {
        CpuTopologyIndex topo =
                new CpuTopologyIndex(
                        machine(sockets, numaPerSocket, coresPerNuma, threads).topology());
        List<Integer> ids = new ArrayList<>();
        for (int cpu : topo.allCpus().toArray()) {
            if ((freeBits >>> (cpu % 64) & 1) == 1) {
                ids.add(cpu);
            }
        }
        CpuSet free = CpuSet.of(ids);
        int n = Math.min(count, free.size());
        CpuSet got;
        switch (mode) {
            case 0 ->
                    got =
                            CpuAssignment.takeByTopologyNumaPacked(
                                            topo, free, n, CpuSortingStrategy.PACKED, false)
                                    .cpus();
            case 1 ->
                    got =
                            CpuAssignment.takeByTopologyNumaPacked(
                                            topo, free, n, CpuSortingStrategy.SPREAD, false)
                                    .cpus();
            case 2 ->
                    got =
                            CpuAssignment.takeByTopologyNumaPacked(
                                            topo, free, n, CpuSortingStrategy.PACKED, true)
                                    .cpus();
            default ->
                    got =
                            NumaDistributedAssignment.take(
                                            topo, free, n, 1, CpuSortingStrategy.PACKED, false)
                                    .cpus();
        }
        assertEquals(n, got.size());
        assertTrue(free.containsAll(got));
    }
}
