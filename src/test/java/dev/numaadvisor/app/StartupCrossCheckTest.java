package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Lint's start-up prediction and the simulator's start-up must agree: every lint conformance
 * case that has a node runs through both (the simulator on a scenario with that config and no pods).
 */
class StartupCrossCheckTest {
    static final Path CASES = Path.of("src/test/resources/conformance/lint");

    @SuppressWarnings("unchecked")
    static Stream<String> casesWithNode() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).filter(p -> {
                try {
                    return ((Map<String, Object>) new Yaml().load(Files.readString(p))).get("node") != null;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithNode")
    @SuppressWarnings("unchecked")
    void lintAndSimulatorAgreeOnStartup(String file) throws IOException {
        Map<String, Object> c = new Yaml().load(Files.readString(CASES.resolve(file)));
        Map<String, Object> node = new LinkedHashMap<>((Map<String, Object>) c.get("node"));
        Yaml yaml = yaml();
        String config = yaml.dump(c.get("kubeletConfig"));
        LintResult lint = Lint.run(List.of(new LintInput("kubelet.yaml", config)),
                new LintInput("node.yaml", scenario(node, yaml)), KubeVersion.NEWEST, RuleRegistry.standard());
        node.put("kubeletConfig", c.get("kubeletConfig"));
        var sim = Simulate.scenario("scenario.yaml", scenario(node, yaml), n -> null).result();
        String simError = sim.startError() == null ? null : sim.startError().getMessage();
        assertEquals(simError == null, lint.kubeletStarts(),
                "lint says " + lint.kubeletStartError() + "; simulator says " + simError);
        if (simError != null) {
            assertEquals(simError, lint.kubeletStartError(), "the start-up message");
        }
    }

    private static String scenario(Map<String, Object> node, Yaml yaml) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("apiVersion", "numa-advisor/v1");
        s.put("kind", "Scenario");
        s.put("name", "cross-check");
        s.put("node", node);
        return yaml.dump(s);
    }

    private static Yaml yaml() {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(o);
    }
}
