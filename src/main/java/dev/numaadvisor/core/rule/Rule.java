package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.problem.SourcePosition;
import java.util.List;

/** One check of the catalogue: describes itself and returns its findings (empty when clean). */
public interface Rule {
    RuleInfo info();

    List<Finding> check(LintView view);

    /** A finding at the rule's own severity with the rule's remediation as the fix. */
    default Finding finding(SourcePosition at, String message, String kubeletMessage) {
        RuleInfo i = info();
        return new Finding(i.id(), i.name(), i.severity(), message, kubeletMessage, i.remediation(), at);
    }
}
