package dev.numaadvisor.adapter.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every real cpu_manager_state fixture reads, and its checksum is the one the kubelet computes. */
class CpuCheckpointReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/kubelet-state");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s
                    .filter(p -> p.getFileName().toString().startsWith("cpu_manager_state"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsRealKubeletFiles(Path file) throws IOException {
        CpuManagerCheckpoint cp =
                CpuCheckpointReader.readFile(file.getFileName().toString(), Files.readString(file));
        assertEquals("static", cp.policyName());
        assertTrue(cp.checksum() != 0);
        assertEquals(cp.checksum(), cp.kubeletChecksum(), "our checksum reproduces the kubelet's");
    }

    /** The two checkpoints of the kubelet's own state tests, with their keys in the tests' case. */
    static Stream<Arguments> kubeletTestFiles() {
        return Stream.of(
                Arguments.of(
                        "{\"policyName\":\"none\",\"defaultCPUSet\":\"1-3\",\"entries\":{\"pod\":"
                            + "{\"container1\":\"4-6\",\"container2\":\"1-3\"}},\"checksum\":3610638499}",
                        "1-3",
                        3610638499L),
                Arguments.of(
                        "{\"policyName\":\"none\",\"defaultCPUSet\":\"4-6\",\"entries\":{},\"checksum\":354655845}",
                        "4-6",
                        354655845L));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("kubeletTestFiles")
    void matchesKeysWithoutRegardToCase(String json, String pool, long checksum) {
        CpuManagerCheckpoint cp = CpuCheckpointReader.readFile("state.json", json);
        assertEquals(CpuSet.parse(pool), cp.defaultCpuSet());
        assertEquals(checksum, cp.kubeletChecksum());
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(
                        "{\"policyName\":\"static\",\"defaultCpuSet\":\"0-3,x\"}",
                        "defaultCpuSet",
                        1,
                        40),
                Arguments.of(
                        "{\"policyName\":\"static\",\"defaultCpuSet\":\"0-3\",\"entries\":{\"p\":{\"c\":\"3-1\"}}}",
                        "entries.p.c",
                        1,
                        66),
                Arguments.of(
                        "{\"policyName\":\"static\",\"defaultCpuSet\":\"0-3\",\"entris\":{}}",
                        "entris",
                        1,
                        46),
                Arguments.of(
                        "{\"policyName\":\"static\",\"defaultCpuSet\":\"0-3\",\"entries\":{\"abc\":\"1-2\"}}",
                        "entries.abc",
                        1,
                        63),
                Arguments.of("{\"policyName\":\"static\",\"checksum\":\"abc\"}", "checksum", 1, 35),
                Arguments.of("{\"defaultCpuSet\":\"0-3\"}", "policyName", 1, 1));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("problems")
    void reportsProblemsWithPositions(String json, String path, int line, int column) {
        InputException e =
                assertThrows(
                        InputException.class,
                        () -> CpuCheckpointReader.readFile("state.json", json));
        Problem p = e.first();
        assertEquals(path, p.fieldPath());
        assertEquals("state.json", p.position().file());
        assertEquals(line, p.position().line());
        assertEquals(column, p.position().column());
    }

    @org.junit.jupiter.api.Test
    void readsTheScenarioForm() {
        String yaml =
                "cpuManagerCheckpoint:\n  policyName: static\n  defaultCpuSet: 0-7\n"
                        + "  entries:\n    running-pod: {app: '8-11'}\n  checksum: 0\n";
        YNode root = YamlSource.single("scenario.yaml", yaml);
        CpuManagerCheckpoint cp = CpuCheckpointReader.read(root.get("cpuManagerCheckpoint"));
        root.problems().throwIfAny();
        assertEquals(
                new CpuManagerCheckpoint(
                        "static",
                        CpuSet.parse("0-7"),
                        Map.of("running-pod", Map.of("app", CpuSet.parse("8-11"))),
                        0),
                cp);
    }

    @org.junit.jupiter.api.Test
    void aScalarIsNotACheckpoint() {
        YNode root = YamlSource.single("s.yaml", "cp: nope\n");
        assertNull(CpuCheckpointReader.read(root.get("cp")));
        assertEquals(
                List.of("cp"), root.problems().all().stream().map(Problem::fieldPath).toList());
    }
}
