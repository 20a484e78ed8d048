package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kubelet's resource fit (the predicate admit handler after the Topology Manager's): one
 * scenario per OutOf reason and the clean-up after a rejection, through the real CLI with --check.
 */
class FitCasesCliTest {
    private static final Path DIR = Path.of("src/test/resources/cases/fit");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<String> files = s.map(Path::toString).filter(n -> n.endsWith(".yaml")).sorted().toList();
            assertFalse(files.isEmpty(), "no cases in " + DIR);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passes(String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"simulate", file, "--output", "json", "--check"}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, () -> "stderr:\n" + err + "\nstdout:\n" + out);
    }
}
