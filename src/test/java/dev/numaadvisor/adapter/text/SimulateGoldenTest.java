package dev.numaadvisor.adapter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.app.Simulate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The human text output of {@code simulate} for every example, against golden files.
 * {@code -Dgolden.update=true} rewrites them for review in {@code git diff}.
 */
class SimulateGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/simulate");

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".yaml"))
                .filter(p -> !p.getFileName().toString().startsWith("fleet")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void textOutputMatchesGolden(Path example) throws IOException {
        Simulate.Outcome o = Simulate.scenario(example.toString(), Files.readString(example), name -> null);
        String actual = new SimulationTextRenderer(Style.plain()).render("scenario " + o.scenario().name(),
                o.result(), true);
        Path golden = GOLDEN.resolve(example.getFileName().toString().replace(".yaml", ".txt"));
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual);
    }
}
