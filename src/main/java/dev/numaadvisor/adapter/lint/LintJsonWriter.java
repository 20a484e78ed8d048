package dev.numaadvisor.adapter.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's lint JSON: kubeletStarts, kubeletStartError (when it fails), findings in order. */
public final class LintJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintJsonWriter() {
    }

    public static String write(LintResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kubeletStarts", result.kubeletStarts());
        if (result.kubeletStartError() != null) {
            root.put("kubeletStartError", result.kubeletStartError());
        }
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("name", f.name());
            m.put("severity", f.severity().word());
            m.put("message", f.message());
            if (f.kubeletMessage() != null) {
                m.put("kubeletMessage", f.kubeletMessage());
            }
            m.put("file", f.position().file());
            m.put("line", f.position().line());
            m.put("column", f.position().column());
            m.put("fix", f.fix());
            findings.add(m);
        }
        root.put("findings", findings);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lint result is not serialisable", e);
        }
    }
}
