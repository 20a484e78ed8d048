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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every HintMerge conformance vector through the real CLI: {@code merge FILE --output json --check}. */
class MergeConformanceTest {
    private static final Path DIR = Path.of("src/test/resources/conformance/merge");

    static Stream<String> vectors() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml")).sorted().collect(Collectors.toList());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorPasses(String name) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"merge", DIR.resolve(name).toString(), "--output", "json", "--check"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> "stderr:\n" + err + "\nstdout:\n" + out);
    }

    @Test
    void allVectorsInOneRun() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("merge", "--output", "json", "--check"));
        vectors().forEach(n -> args.add(DIR.resolve(n).toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> "stderr:\n" + err);
        assertEquals(args.size() - 4, out.toString().lines().count(), "one JSON line per file");
    }
}
