package dev.numaadvisor.adapter.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintResult;
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
        // With input errors there is no verdict (null), and the errors say why.
        root.put("kubeletStarts", result.inputErrors().isEmpty() ? result.kubeletStarts() : null);
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
        if (!result.inputErrors().isEmpty()) {
            List<Object> errors = new ArrayList<>();
            for (Problem p : result.inputErrors()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("message", p.message());
                m.put("file", p.position() == null ? null : p.position().file());
                m.put("line", p.position() == null ? null : p.position().line());
                m.put("column", p.position() == null ? null : p.position().column());
                errors.add(m);
            }
            root.put("inputErrors", errors);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lint result is not serialisable", e);
        }
    }
}
