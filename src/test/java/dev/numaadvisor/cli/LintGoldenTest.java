package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendered lint output against golden files; {@code -Dgolden.update=true} rewrites them. */
class LintGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/lint");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, lint.txt", "sarif, lint.sarif.json", "json, lint.json"})
    void outputMatchesGolden(String format, String golden) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"lint", DIR.resolve("kubelet.yaml").toString(), "--node",
            DIR.resolve("node.yaml").toString(), "--output", format}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code, err.toString());
        Path file = DIR.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, out.toString());
        }
        assertEquals(Files.readString(file), out.toString(), "rerun with -Dgolden.update=true and review git diff");
    }
}
