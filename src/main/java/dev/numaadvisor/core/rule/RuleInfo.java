package dev.numaadvisor.core.rule;

/**
 * What a rule is: stable id, kebab-case name, severity, a summary (no final period), a
 * remediation (ending with a period), its scope, its knowledge page, and whether a finding of it
 * means the kubelet refuses to start ({@code startFailure}).
 */
public record RuleInfo(String id, String name, Severity severity, String summary, String remediation,
                       Scope scope, String knowledgePage, boolean startFailure) {
    public RuleInfo {
        if (!id.matches("NUMA-[A-Z]+-\\d{3}")) {
            throw new IllegalArgumentException("rule id " + id + " is not NUMA-AREA-NNN");
        }
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule name " + name + " is not kebab-case");
        }
        if (summary.endsWith(".") || !remediation.endsWith(".")) {
            throw new IllegalArgumentException(id + ": summary has no final period, remediation has one");
        }
    }

    /** A rule whose knowledge page sits at the conventional {@code knowledge/rules/<id>.md}. */
    public static RuleInfo of(String id, String name, Severity severity, Scope scope, boolean startFailure,
                              String summary, String remediation) {
        return new RuleInfo(id, name, severity, summary, remediation, scope,
                "knowledge/rules/" + id + ".md", startFailure);
    }
}
