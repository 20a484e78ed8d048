package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Every conformance lint case through the real {@code lint} command (README "Lint cases"). */
class LintConformanceTest {
    static final Path CASES = Path.of("src/test/resources/conformance/lint");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void lintCase(String file) throws IOException {
        Map<String, Object> c = new Yaml().load(Files.readString(CASES.resolve(file)));
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        JsonNode result = lint(tmp, c.get("kubeletConfig"), (Map<String, Object>) c.get("node"));

        assertEquals(expected.get("kubeletStarts"), result.get("kubeletStarts").asBoolean(),
                "kubeletStarts; start error: " + result.get("kubeletStartError"));
        TreeSet<String> reported = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode f : result.get("findings")) {
            reported.add(f.get("rule").asText());
            if ("error".equals(f.get("severity").asText())) {
                errors.add(f.get("rule").asText() + ": " + f.get("message").asText());
            }
        }
        List<String> must = (List<String>) expected.getOrDefault("mustReportRules", List.of());
        for (String id : must) {
            assertTrue(reported.contains(id), id + " not reported; reported " + reported);
        }
        if (must.isEmpty()) {
            assertEquals(List.of(), errors, "a clean case reports no error");
        }
    }

    /** Writes the config (and the node as a Scenario) to files and runs lint --output json. */
    static JsonNode lint(Path dir, Object kubeletConfig, Map<String, Object> node) throws IOException {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml yaml = new Yaml(o);
        Path cfg = dir.resolve("kubelet.yaml");
        Files.writeString(cfg, yaml.dump(kubeletConfig));
        List<String> args = new ArrayList<>(List.of("lint", cfg.toString(), "--output", "json"));
        if (node != null) {
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("apiVersion", "numa-advisor/v1");
            scenario.put("kind", "Scenario");
            scenario.put("node", node);
            Path n = dir.resolve("node.yaml");
            Files.writeString(n, yaml.dump(scenario));
            args.addAll(List.of("--node", n.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + err);
        return new ObjectMapper().readTree(out.toString());
    }
}
