package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.model.CpuSet;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The slice-aliasing quirk of {@code takeByTopologyNUMADistributed} (spec/CPU-MANAGER.md, final
 * note) and the Go slice model behind it.
 */
class KubeletQuirkTest {

    @Test
    void eightNumaNodesGiveNodes0127NotTheFirstFour() throws CpuAssignmentError {
        CpuTopologyIndex topo =
                new CpuTopologyIndex(CpuAllocationProperties.machine(2, 4, 4, 1).topology());
        CpuAssignment.Result r =
                NumaDistributedAssignment.take(
                        topo, topo.allCpus(), 16, 1, CpuSortingStrategy.PACKED, false);
        assertEquals(CpuSet.parse("0-11,28-31"), r.cpus());
        assertTrue(
                r.steps().stream()
                        .anyMatch(s -> s.startsWith("kubelet quirk:") && s.contains("[0,1,2,7]")),
                String.join("\n", r.steps()));
    }

    @Test
    void fourNumaNodesAreNotAffected() throws CpuAssignmentError {
        CpuTopologyIndex topo =
                new CpuTopologyIndex(CpuAllocationProperties.machine(2, 2, 4, 1).topology());
        CpuAssignment.Result r =
                NumaDistributedAssignment.take(
                        topo, topo.allCpus(), 8, 1, CpuSortingStrategy.PACKED, false);
        assertEquals(
                CpuSet.parse("0-7"),
                r.cpus(),
                "two nodes suffice; every pair balances equally, the first wins");
        assertTrue(r.steps().stream().noneMatch(s -> s.startsWith("kubelet quirk:")));
    }

    @Test
    void goAppendSharesTheArrayWhileCapacityLasts() {
        GoCombinations.Slice three = GoCombinations.Slice.empty().append(0).append(1).append(2);
        GoCombinations.Slice a = three.append(3);
        GoCombinations.Slice b = three.append(7);
        assertEquals(
                List.of(0, 1, 2, 7),
                a.read(),
                "capacity 4 was left: both appends wrote the same slot");
        assertEquals(List.of(0, 1, 2, 7), b.read());
        GoCombinations.Slice two = GoCombinations.Slice.empty().append(0).append(1);
        GoCombinations.Slice c = two.append(2);
        GoCombinations.Slice d = two.append(5);
        assertEquals(List.of(0, 1, 2), c.read(), "capacity 2 was full: each append copied");
        assertEquals(List.of(0, 1, 5), d.read());
    }

    @Test
    void combinationsComeInLexicographicOrder() {
        StringBuilder sb = new StringBuilder();
        GoCombinations.iterate(
                List.of(0, 1, 2, 3),
                2,
                s -> {
                    sb.append(s.read()).append(' ');
                    return false;
                });
        assertEquals("[0, 1] [0, 2] [0, 3] [1, 2] [1, 3] [2, 3] ", sb.toString());
    }
}
