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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code lint} and {@code simulate} agree on whether the kubelet starts, for every conformance
 * scenario and example (the file itself), every lint conformance case and every kubelet-config
 * fixture (as a Scenario on its node, or on a plain two-socket node). Scenarios with a
 * {@code harness:} block are left out: they set up what no KubeletConfiguration can say.
 */
class StartupAgreementTest {
    private static final Map<String, Object> PLAIN_NODE = Map.of("topology", Map.of("sockets", 2,
            "coresPerSocket", 8, "threadsPerCore", 2, "memoryPerNumaNode", "64Gi"));

    /** Known disagreements (see the file): they must still disagree, so a fix updates the list. */
    private static final Path KNOWN = Path.of("src/test/resources/startup-known-disagreements.txt");

    @TempDir
    Path dir;

    private static List<String> known() throws IOException {
        return Files.readAllLines(KNOWN).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static Stream<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        for (String d : List.of("src/test/resources/conformance/cpu", "src/test/resources/conformance/memory",
                "src/test/resources/conformance/scenario", "src/test/resources/conformance/lint", "examples",
                "src/test/resources/cases/cpu", "src/test/resources/cases/fit",
                "src/test/resources/fixtures/kubelet-config")) {
            try (Stream<Path> s = Files.list(Path.of(d))) {
                s.map(Path::toString).filter(n -> n.endsWith(".yaml") && !n.contains("/fleet-")).sorted()
                        .forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @SuppressWarnings("unchecked")
    void lintAndSimulateAgreeOnStartUp(String file) throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of(file)));
        if (doc.containsKey("harness")) {
            return;
        }
        Path scenario;
        List<String> lintArgs;
        if ("Scenario".equals(doc.get("kind"))) {
            scenario = Path.of(file);
            lintArgs = List.of(file);
        } else {
            Object config = doc.containsKey("kubeletConfig") ? doc.get("kubeletConfig") : doc;
            Map<String, Object> node = doc.containsKey("node") ? (Map<String, Object>) doc.get("node") : PLAIN_NODE;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("apiVersion", "numa-advisor/v1");
            s.put("kind", "Scenario");
            Map<String, Object> withConfig = new LinkedHashMap<>(node);
            withConfig.put("kubeletConfig", config);
            s.put("node", withConfig);
            scenario = dir.resolve("scenario.yaml");
            DumperOptions o = new DumperOptions();
            o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            Files.writeString(scenario, new Yaml(o).dump(s));
            lintArgs = List.of(scenario.toString());
        }
        JsonNode sim = run(List.of("simulate", scenario.toString(), "--output", "json"));
        List<String> args = new ArrayList<>(List.of("lint"));
        args.addAll(lintArgs);
        args.addAll(List.of("--output", "json"));
        JsonNode lint = run(args);
        JsonNode simError = sim.path("node").path("kubeletStartError");
        boolean simStarts = simError.isNull() || simError.isMissingNode();
        if (known().contains(file)) {
            boolean agree = simStarts == lint.get("kubeletStarts").asBoolean() && (simStarts
                    || simError.get("message").asText().equals(lint.get("kubeletStartError").asText()));
            assertTrue(!agree, file + " now agrees: remove it from " + KNOWN);
            return;
        }
        assertEquals(simStarts, lint.get("kubeletStarts").asBoolean(), () -> "simulate: "
                + (simStarts ? "starts" : simError.get("message").asText()) + "; lint: "
                + lint.get("kubeletStartError"));
        if (!simStarts) {
            assertEquals(simError.get("message").asText(), lint.get("kubeletStartError").asText(),
                    "the kubelet's message");
        }
    }

    private static JsonNode run(List<String> args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, () -> String.join(" ", args) + ": exit " + code + ": " + err);
        return new ObjectMapper().readTree(out.toString());
    }
}
