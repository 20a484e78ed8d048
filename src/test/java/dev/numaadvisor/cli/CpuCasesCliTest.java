package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Extra CPU Manager scenarios (kubelet unit-test cases the shipped conformance set leaves out:
 * sidecar CPUs not reused, start-up refusals, SMT alignment) through the real CLI with --check.
 */
class CpuCasesCliTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/cases/cpu"))) {
            return s
                    .map(Path::toString)
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passes(String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        new String[] {"simulate", file, "--output", "json", "--check"},
                        new PrintWriter(out),
                        new PrintWriter(err));
        assertEquals(0, code, () -> "stderr:\n" + err + "\nstdout:\n" + out);
    }
}
