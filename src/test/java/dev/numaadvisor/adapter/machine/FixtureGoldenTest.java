package dev.numaadvisor.adapter.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.cli.Main;
import dev.numaadvisor.core.model.CpuSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden facts per fixture (src/test/resources/import/expected-facts.yaml): each case imports its
 * files, checks the merged machine, and simulates the written scenario (exit 0).
 */
class FixtureGoldenTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> fixtures() throws Exception {
        Path table = Path.of("src/test/resources/import/expected-facts.yaml");
        List<YNode> cases = YamlSource.single(table.toString(), Files.readString(table)).items();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.string("name", "?"), () -> check(c)));
    }

    private void check(YNode c) throws Exception {
        List<String> files = new ArrayList<>();
        c.get("files").items().forEach(f -> files.add(f.asString()));
        MergedNode node = ImportFixtures.merge(files);
        List<CpuFact> cpus = node.cpus();
        assertEquals(c.integer("cpus", -1), cpus.size(), "cpus");
        assertEquals(c.integer("cores", -1), distinct(cpus, CpuFact::core), "cores");
        assertEquals(c.integer("sockets", -1), distinct(cpus, CpuFact::socket), "sockets");
        assertEquals(c.integer("numaNodes", -1), node.numaNodes().size(), "NUMA nodes");
        CpuFact first = cpus.get(0);
        assertEquals(c.string("siblingsOfCpu0", "?"), group(cpus, first, CpuFact::core).toString(), "siblings");
        if (c.has("numaCpus")) {
            c.get("numaCpus").entries().forEach((id, list) -> assertEquals(list.asString(),
                    group(cpus, Integer.parseInt(id)).toString(), "CPUs of NUMA node " + id));
        }
        if (c.has("uncoreGroups")) {
            assertEquals(c.integer("uncoreGroups", -1), distinct(cpus, CpuFact::uncoreCache), "L3 groups");
        }
        if (c.has("uncoreOfCpu0")) {
            assertEquals(c.string("uncoreOfCpu0", ""), group(cpus, first, CpuFact::uncoreCache).toString());
        }
        if (c.has("devicesPerNuma")) {
            assertEquals(c.get("devicesPerNuma").stringMap(), devicesPerNuma(node), "devices per NUMA node");
        }
        if (c.has("memoryOfNode0")) {
            assertEquals(c.string("memoryOfNode0", ""), KubeQuantities.bytes(node.numaNodes().get(0).memoryBytes()));
        }
        if (c.has("events")) {
            assertEquals(c.integer("events", -1), node.events().size(), "admission events");
        }
        if (c.has("config")) {
            assertEquals(c.bool("config", false), node.kubeletConfig() != null, "kubelet config");
        }
        checkFindings(c, node);
        simulates(files, node);
    }

    private static void checkFindings(YNode c, MergedNode node) {
        List<String> messages = new ArrayList<>();
        List<String> contradictions = new ArrayList<>();
        node.report().findings().forEach(f -> {
            messages.add(f.message());
            if (f.sources().size() > 1) {
                contradictions.add(f.message());
            }
        });
        if (c.bool("noContradictions", false)) {
            assertEquals(List.of(), contradictions, "findings naming two sources");
        }
        if (c.has("findings")) {
            for (YNode want : c.get("findings").items()) {
                String s = want.asString();
                assertTrue(messages.stream().anyMatch(m -> m.contains(s)), "a finding with \"" + s + "\" in " + messages);
            }
        }
    }

    private void simulates(List<String> files, MergedNode node) throws Exception {
        Path scenario = tmp.resolve("scenario.yaml");
        Files.writeString(scenario, ScenarioYamlWriter.write(ImportFixtures.imported(files), node));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", scenario.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, "simulate exit code; stderr: " + err);
    }

    private static int distinct(List<CpuFact> cpus, Function<CpuFact, Integer> attribute) {
        TreeSet<Integer> values = new TreeSet<>();
        cpus.forEach(c -> {
            if (attribute.apply(c) != null) {
                values.add(attribute.apply(c));
            }
        });
        return values.size();
    }

    private static CpuSet group(List<CpuFact> cpus, CpuFact of, Function<CpuFact, Integer> attribute) {
        List<Integer> ids = new ArrayList<>();
        cpus.forEach(c -> {
            if (attribute.apply(c) != null && attribute.apply(c).equals(attribute.apply(of))) {
                ids.add(c.id());
            }
        });
        return CpuSet.of(ids);
    }

    private static CpuSet group(List<CpuFact> cpus, int numa) {
        List<Integer> ids = new ArrayList<>();
        cpus.forEach(c -> {
            if (c.numaNode() == numa) {
                ids.add(c.id());
            }
        });
        return CpuSet.of(ids);
    }

    private static Map<String, String> devicesPerNuma(MergedNode node) {
        Map<String, Integer> counts = new TreeMap<>();
        node.devices().forEach(d -> counts.merge(d.numaNode() == null ? "none" : d.numaNode().toString(), 1,
                Integer::sum));
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
