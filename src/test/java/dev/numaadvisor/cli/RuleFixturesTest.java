package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered rule has src/test/resources/rules/ID/fires.yaml ({@code # expect: ID}), which
 * must report it, and clean.yaml, which must not. Fixtures are Scenario files linted on their own.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern VERSION = Pattern.compile("(?m)^# kubernetes-version: (\\S+)");

    static Stream<String> ids() {
        return RuleRegistry.standard().rules().stream().map(r -> r.info().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void firingFixtureReportsTheRule(String id) throws IOException {
        Path fires = FIXTURES.resolve(id).resolve("fires.yaml");
        assertTrue(Files.exists(fires), "missing firing fixture " + fires);
        assertTrue(Files.readString(fires).contains("# expect: " + id), fires + " lacks its # expect marker");
        TreeSet<String> reported = reported(fires);
        assertTrue(reported.contains(id), fires + " does not report " + id + "; reported " + reported);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void cleanFixtureDoesNotReportTheRule(String id) throws IOException {
        Path clean = FIXTURES.resolve(id).resolve("clean.yaml");
        assertTrue(Files.exists(clean), "missing non-firing fixture " + clean);
        TreeSet<String> reported = reported(clean);
        assertFalse(reported.contains(id), clean + " reports " + id);
    }

    static TreeSet<String> reported(Path fixture) throws IOException {
        List<String> args = new ArrayList<>(List.of("lint", fixture.toString(), "--output", "json"));
        Matcher m = VERSION.matcher(Files.readString(fixture));
        if (m.find()) {
            args.addAll(List.of("--kubernetes-version", m.group(1)));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        TreeSet<String> ids = new TreeSet<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toString()).get("findings")) {
            ids.add(f.get("rule").asText());
        }
        return ids;
    }
}
