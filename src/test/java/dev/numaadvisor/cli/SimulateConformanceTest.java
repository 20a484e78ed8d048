package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Scenario conformance vector (cpu, memory, scenario) and every example through the real
 * CLI: {@code simulate FILE --output json --check}, one test per file, named after it.
 */
class SimulateConformanceTest {
    private static final List<Path> DIRS = List.of(Path.of("src/test/resources/conformance/cpu"),
            Path.of("src/test/resources/conformance/memory"), Path.of("src/test/resources/conformance/scenario"),
            Path.of("examples"));

    static Stream<String> vectors() throws IOException {
        List<String> all = new java.util.ArrayList<>();
        for (Path dir : DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                // examples/fleet-*.yaml are FLEET files (docs/FLEET.md), not scenarios.
                all.addAll(files.filter(p -> !p.getFileName().toString().startsWith("fleet-"))
                        .map(Path::toString).filter(n -> n.endsWith(".yaml")).sorted()
                        .collect(Collectors.toList()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorPasses(String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", file, "--output", "json", "--check"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> "stderr:\n" + err + "\nstdout:\n" + out);
    }
}
