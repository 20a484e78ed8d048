package dev.numaadvisor.core.rule.cpu;

import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.rule.OptionMaturity;
import dev.numaadvisor.core.rule.Reservations;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-CPU-012 incompatible-cpu-policy-options: Two CPU Manager options that cannot be used together are both true. */
public final class IncompatibleCpuPolicyOptions implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-012", "incompatible-cpu-policy-options", Severity.ERROR, Scope.CONFIG, true,
            "Two CPU Manager options that cannot be used together are both true",
            "Keep only one of the two options.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!Reservations.isStatic(c)) {
            return out;
        }
        // The kubelet checks these pairs in this order and stops at the first; both must be true.
        String[][] pairs = {
            {OptionMaturity.FULL_PCPUS_ONLY, OptionMaturity.DISTRIBUTE_CPUS_ACROSS_CORES},
            {OptionMaturity.DISTRIBUTE_CPUS_ACROSS_NUMA, OptionMaturity.DISTRIBUTE_CPUS_ACROSS_CORES},
            {OptionMaturity.PREFER_ALIGN_CPUS_BY_UNCORECACHE, OptionMaturity.DISTRIBUTE_CPUS_ACROSS_CORES},
            {OptionMaturity.PREFER_ALIGN_CPUS_BY_UNCORECACHE, OptionMaturity.DISTRIBUTE_CPUS_ACROSS_NUMA}};
        for (String[] p : pairs) {
            if (Reservations.option(c.cpuManagerPolicyOptions(), p[0])
                    && Reservations.option(c.cpuManagerPolicyOptions(), p[1])) {
                out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + p[1]), p[0] + " and " + p[1]
                        + " are mutually exclusive", "static policy options " + p[0] + " and " + p[1]
                        + " can not be used at the same time"));
            }
        }
        return out;
    }
}
