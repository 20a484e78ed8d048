package dev.numaadvisor.adapter.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 for code-scanning UIs: every rule in tool.driver.rules, one result per finding. */
public final class LintSarifWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintSarifWriter() {
    }

    public static String write(LintResult result, RuleRegistry registry) {
        List<Object> rules = new ArrayList<>();
        for (Rule r : registry.rules()) {
            RuleInfo i = r.info();
            rules.add(map("id", i.id(), "name", i.name(), "shortDescription", map("text", i.summary()),
                    "helpUri", i.knowledgePage(), "help", map("text", i.remediation()),
                    "defaultConfiguration", map("level", level(i.severity().word()))));
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, f.position().line()));
            region.put("startColumn", Math.max(1, f.position().column()));
            Object location = map("physicalLocation", map("artifactLocation", map("uri", f.position().file()),
                    "region", region));
            String text = f.message() + (f.kubeletMessage() == null ? "" : " (kubelet: " + f.kubeletMessage() + ")")
                    + ". Fix: " + f.fix();
            results.add(map("ruleId", f.ruleId(), "level", level(f.severity().word()), "message", map("text", text),
                    "locations", List.of(location)));
        }
        Map<String, Object> driver = map("name", "numa-advisor", "rules", rules);
        Map<String, Object> run = map("tool", map("driver", driver), "results", results);
        Map<String, Object> root = map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF is not serialisable", e);
        }
    }

    /** SARIF levels: error, warning, note. */
    private static String level(String severity) {
        return "info".equals(severity) ? "note" : severity;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
