package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.app.BenchScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code examples/fleet-*.yaml} runs through the real CLI and prints exactly its golden
 * report (the numbers the README and docs quote come from these runs). {@code -Dgolden.update=true}
 * rewrites the golden files for review in {@code git diff}.
 */
class FleetExamplesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/fleet/examples");
    private static final Path BENCH_POOL = Path.of("examples/fleet-bench-1000-nodes.yaml");

    static Stream<Path> fleets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.getFileName().toString().matches("fleet-.*\\.yaml")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void runsAndMatchesItsGoldenReport(Path example) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"fleet", example.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path golden = GOLDEN.resolve(example.getFileName().toString().replace(".yaml", ".txt"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, out.toString());
        }
        assertEquals(Files.readString(golden), out.toString(), "rerun with -Dgolden.update=true and review git diff");
    }

    @Test
    void benchPoolIsTheOneTheBenchmarksRun() throws IOException {
        String file = Files.readString(BENCH_POOL).lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(BenchScenarios.fleetYaml(1000, 1, 100, 1000), file);
    }
}
