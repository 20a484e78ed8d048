package dev.numaadvisor.core.rule.state;

import dev.numaadvisor.core.rule.StateCheckpoint;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-STATE-001 cpu-policy-changed-with-state: cpuManagerPolicy differs from the policy in the existing cpu_manager_state. */
public final class CpuPolicyChangedWithState implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-STATE-001", "cpu-policy-changed-with-state", Severity.ERROR, Scope.STATE, true,
            "cpuManagerPolicy differs from the policy in the existing cpu_manager_state",
            "Drain the node, stop the kubelet, delete /var/lib/kubelet/cpu_manager_state, then start the kubelet.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        for (StateCheckpoint s : v.checkpoints()) {
            if (s.manager() == StateCheckpoint.Manager.CPU && !s.policyName().equals(c.cpuManagerPolicy())) {
                out.add(finding(v.at("cpuManagerPolicy"), "cpuManagerPolicy \"" + c.cpuManagerPolicy()
                        + "\" differs from the state checkpoint policy \"" + s.policyName() + "\" (" + s.position() + ")",
                        "could not restore state from checkpoint: configured policy \"" + c.cpuManagerPolicy()
                                + "\" differs from state checkpoint policy \"" + s.policyName() + "\", please drain "
                                + "this node and delete the CPU manager checkpoint file "
                                + "\"/var/lib/kubelet/cpu_manager_state\" before restarting Kubelet"));
            }
        }
        return out;
    }
}
