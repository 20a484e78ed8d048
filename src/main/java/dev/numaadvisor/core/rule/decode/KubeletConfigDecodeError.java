package dev.numaadvisor.core.rule.decode;

import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-CFG-001 kubelet-config-decode-error: The file does not decode as a KubeletConfiguration, or has fields the kubelet ignores. */
public final class KubeletConfigDecodeError implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CFG-001", "kubelet-config-decode-error", Severity.ERROR, Scope.CONFIG, true,
            "The file does not decode as a KubeletConfiguration, or has fields the kubelet ignores",
            "Quote option values (\"true\"), check apiVersion and kind, and fix misspelt field names.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        for (Problem p : v.decodeErrors()) {
            out.add(finding(p.position(), p.message(), p.detail()));
        }
        // Unknown and duplicate fields: the kubelet decodes leniently and starts, so these are warnings.
        for (Problem p : v.ignoredFields()) {
            String hint = p.hint() == null ? "" : ": " + p.hint();
            out.add(new Finding(INFO.id(), INFO.name(), Severity.WARNING, p.message() + hint, null,
                    INFO.remediation(), p.position()));
        }
        return out;
    }
}
