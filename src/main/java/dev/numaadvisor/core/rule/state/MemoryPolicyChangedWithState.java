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

/** NUMA-STATE-002 memory-policy-changed-with-state: memoryManagerPolicy differs from the policy in the existing memory_manager_state. */
public final class MemoryPolicyChangedWithState implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-STATE-002", "memory-policy-changed-with-state", Severity.ERROR, Scope.STATE, true,
            "memoryManagerPolicy differs from the policy in the existing memory_manager_state",
            "Drain the node, stop the kubelet, delete /var/lib/kubelet/memory_manager_state, then start the kubelet.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        for (StateCheckpoint s : v.checkpoints()) {
            if (s.manager() == StateCheckpoint.Manager.MEMORY && !s.policyName().equals(c.memoryManagerPolicy())) {
                out.add(finding(v.at("memoryManagerPolicy"), "memoryManagerPolicy \"" + c.memoryManagerPolicy()
                        + "\" differs from the state checkpoint policy \"" + s.policyName() + "\" (" + s.position() + ")",
                        "[memorymanager] configured policy \"" + c.memoryManagerPolicy()
                                + "\" differs from state checkpoint policy \"" + s.policyName() + "\""));
            }
        }
        return out;
    }
}
