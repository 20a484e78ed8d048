package dev.numaadvisor.core.rule.cpu;


import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-CPU-016 topology-manager-without-static-cpu: The Topology Manager is on while the CPU Manager policy is none, so CPUs are never aligned. */
public final class TopologyManagerWithoutStaticCpu implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-016", "topology-manager-without-static-cpu", Severity.WARNING, Scope.CONFIG, false,
            "The Topology Manager is on while the CPU Manager policy is none, so CPUs are never aligned",
            "Set cpuManagerPolicy: static with a CPU reservation, or accept that only devices (and memory) are aligned.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (KubeletConfig.CPU_POLICY_NONE.equals(c.cpuManagerPolicy())
                && !KubeletConfig.TOPOLOGY_POLICY_NONE.equals(c.topologyManagerPolicy())) {
            out.add(finding(v.at("cpuManagerPolicy", "topologyManagerPolicy"), "topologyManagerPolicy \""
                    + c.topologyManagerPolicy() + "\" with cpuManagerPolicy none: the Topology Manager cannot align "
                    + "CPUs (only devices and memory), and no CPU is pinned", null));
        }
        return out;
    }
}
