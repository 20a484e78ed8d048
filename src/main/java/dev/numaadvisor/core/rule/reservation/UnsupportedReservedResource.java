package dev.numaadvisor.core.rule.reservation;

import java.util.Map;
import java.util.Set;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-RES-001 unsupported-reserved-resource: kubeReserved or systemReserved names a resource other than cpu, memory, ephemeral-storage or pid. */
public final class UnsupportedReservedResource implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-RES-001", "unsupported-reserved-resource", Severity.ERROR, Scope.CONFIG, true,
            "kubeReserved or systemReserved names a resource other than cpu, memory, ephemeral-storage or pid",
            "Keep only cpu, memory, ephemeral-storage and pid; reserve hugepages through nr_hugepages instead.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        Set<String> allowed = Set.of("cpu", "memory", "ephemeral-storage", "pid");
        for (String field : new String[] {"kubeReserved", "systemReserved"}) {
            Map<String, ?> m = "kubeReserved".equals(field) ? c.kubeReserved() : c.systemReserved();
            String flag = "kubeReserved".equals(field) ? "--kube-reserved" : "--system-reserved";
            for (String key : m.keySet()) {
                if (!allowed.contains(key)) {
                    out.add(finding(v.at(field + "." + key), field + " cannot contain \"" + key
                            + "\" (only cpu, memory, ephemeral-storage, pid)",
                            flag + " value failed to parse: cannot reserve \"" + key + "\" resource"));
                }
            }
        }
        return out;
    }
}
