package dev.numaadvisor.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Meta-tests: every registered rule is well described and has its knowledge page. */
class RuleCatalogueTest {
    static Stream<Rule> rules() {
        return RuleRegistry.standard().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void knowledgePageMatchesRuleInfo(Rule rule) throws IOException {
        RuleInfo info = rule.info();
        Path page = Path.of(info.knowledgePage());
        assertTrue(Files.exists(page), "missing knowledge page " + page);
        String text = Files.readString(page);
        assertTrue(text.startsWith("---"), page + " has no front matter");
        String front = text.substring(3, text.indexOf("\n---", 3));
        assertEquals(info.id(), field(front, "id"), "id in " + page);
        assertEquals(info.name(), field(front, "name"), "name in " + page);
        assertEquals(info.severity().word(), field(front, "severity"), "severity in " + page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void classIsNamedForTheRule(Rule rule) {
        StringBuilder camel = new StringBuilder();
        for (String part : rule.info().name().split("-")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        assertEquals(camel.toString(), rule.getClass().getSimpleName());
    }

    @Test
    void registryRejectsDuplicateIds() {
        Rule r = RuleRegistry.standard().rules().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RuleRegistry(List.of(r, r)));
        assertTrue(e.getMessage().contains(r.info().id()));
    }

    @Test
    void everyCatalogueIdWithAPageIsImplementedOrListedAsMissing() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("knowledge/rules"))) {
            for (Path p : pages.sorted().toList()) {
                String id = p.getFileName().toString().replace(".md", "");
                if (RuleRegistry.standard().info(id) == null) {
                    missing.add(id);
                }
            }
        }
        assertEquals(NOT_IMPLEMENTED, missing, "update NOT_IMPLEMENTED (and the report) when a rule is added");
    }

    /** Catalogue rules without an implementation yet; see the report for why. */
    static final List<String> NOT_IMPLEMENTED = List.of("NUMA-ADV-007", "NUMA-MEM-012", "NUMA-POD-005",
            "NUMA-POD-008", "NUMA-STATE-004", "NUMA-STATE-005", "NUMA-STATE-006", "NUMA-TM-009");

    private static String field(String frontMatter, String key) {
        for (String line : frontMatter.split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).trim().replace("\"", "");
            }
        }
        return null;
    }
}
