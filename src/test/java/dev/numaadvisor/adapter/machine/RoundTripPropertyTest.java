package dev.numaadvisor.adapter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A random topology rendered as lscpu -p, numactl -H and a sysfs dump parses back equal. */
class RoundTripPropertyTest {
    @Provide
    Arbitrary<RandomMachine> machines() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 2),
                Arbitraries.of(RandomMachine.Scheme.class))
                .flatAs((s, n, c, t, scheme) -> Arbitraries.longs().between(1, 500_000).list().ofSize(s * n)
                        .map(mem -> new RandomMachine(s, n, c, t, scheme, mem)));
    }

    @Property(tries = 60)
    void lscpuParsableParsesBack(@ForAll("machines") RandomMachine m) {
        NodeFacts f = new LscpuParsableParser().parse(new SourceText("lscpu-p.csv", m.lscpuParsable()));
        assertEquals(strip(m.cpus()), strip(f.cpus()));
    }

    @Property(tries = 60)
    void numactlParsesBack(@ForAll("machines") RandomMachine m) {
        NodeFacts f = new NumactlParser().parse(new SourceText("numactl.txt", m.numactl()));
        assertEquals(numaOf(m.cpus()), numaOf(f.cpus()));
        for (int n = 0; n < m.numaNodes(); n++) {
            assertEquals(m.memoryMib().get(n) << 20, f.numaNodes().get(n).memoryBytes());
            assertEquals(m.cpusOf(n), f.numaNodes().get(n).cpus());
            for (int b = 0; b < m.numaNodes(); b++) {
                assertEquals(m.distance(n, b), f.distances().get(n).get(b));
            }
        }
    }

    @Property(tries = 60)
    void sysfsParsesBack(@ForAll("machines") RandomMachine m) {
        NodeFacts f = new SysfsParser().parse(new SourceText("sysfs.txt", m.sysfsDump()));
        Map<Integer, String> expected = new TreeMap<>();
        m.cpus().forEach((id, c) -> expected.put(id, c.core() + "/" + c.socket() + "/" + c.numaNode()));
        Map<Integer, String> actual = new TreeMap<>();
        f.cpus().forEach((id, c) -> actual.put(id, c.core() + "/" + c.socket() + "/" + c.numaNode()));
        assertEquals(expected, actual);
        for (int n = 0; n < m.numaNodes(); n++) {
            assertEquals(m.memoryMib().get(n) << 20, f.numaNodes().get(n).memoryBytes());
            assertEquals(m.distance(n, n == 0 ? m.numaNodes() - 1 : 0),
                    f.distances().get(n).get(n == 0 ? m.numaNodes() - 1 : 0));
        }
    }

    @Property(tries = 30)
    void allThreeMergeWithoutContradiction(@ForAll("machines") RandomMachine m) {
        MergedNode node = NodeFactsMerger.merge(List.of(
                new LscpuParsableParser().parse(new SourceText("lscpu-p.csv", m.lscpuParsable())),
                new NumactlParser().parse(new SourceText("numactl.txt", m.numactl())),
                new SysfsParser().parse(new SourceText("sysfs.txt", m.sysfsDump()))));
        assertEquals(List.of(), node.report().findings());
        List<String> expected = new ArrayList<>(strip(m.cpus()).values());
        List<String> actual = new ArrayList<>();
        node.cpus().forEach(c -> actual.add(c.core() + "/" + c.socket() + "/" + c.numaNode()));
        assertEquals(expected, actual);
    }

    private static Map<Integer, String> strip(Map<Integer, CpuFact> cpus) {
        Map<Integer, String> out = new TreeMap<>();
        cpus.forEach((id, c) -> out.put(id, c.core() + "/" + c.socket() + "/" + c.numaNode()));
        return out;
    }

    private static Map<Integer, Integer> numaOf(Map<Integer, CpuFact> cpus) {
        Map<Integer, Integer> out = new TreeMap<>();
        cpus.forEach((id, c) -> out.put(id, c.numaNode()));
        return out;
    }
}
