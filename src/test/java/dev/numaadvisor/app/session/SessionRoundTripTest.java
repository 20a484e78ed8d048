package dev.numaadvisor.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.json.ResultJson;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.app.Simulate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every example scenario (fleets aside): the session it loads into simulates exactly as the
 * Scenario YAML the session saves, so the records and the contract say the same thing.
 */
class SessionRoundTripTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TestFactory
    Stream<DynamicTest> sessionSimulatesLikeItsSavedScenario() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(EXAMPLES)) {
            files = all.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("fleet-")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    private static void roundTrip(Path file) throws IOException {
        Function<String, String> loader = name -> {
            try {
                return Files.readString(file.resolveSibling(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Session session = new Session();
        Paste.load(session, YamlSource.single(file.toString(), Files.readString(file)), loader);
        String fromRecords = Json.compact(ResultJson.of(SessionRun.run(session).result()));
        String saved = session.toScenarioYaml();
        String fromYaml = Json.compact(ResultJson.of(Simulate.scenario("saved.yaml", saved, loader).result()));
        assertEquals(fromYaml, fromRecords, saved);
        Session reloaded = new Session();
        Paste.load(reloaded, YamlSource.single("saved.yaml", saved), loader);
        assertEquals(saved, reloaded.toScenarioYaml(), "saving a loaded session is stable");
    }
}
