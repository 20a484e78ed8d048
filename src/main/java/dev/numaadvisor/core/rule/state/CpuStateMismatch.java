package dev.numaadvisor.core.rule.state;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.rule.Reservations;
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

/** NUMA-STATE-003 cpu-state-mismatch: The reserved CPUs are not all in the checkpoint's defaultCpuSet. */
public final class CpuStateMismatch implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-STATE-003", "cpu-state-mismatch", Severity.ERROR, Scope.STATE, true,
            "The reserved CPUs are not all in the checkpoint's defaultCpuSet",
            "Drain the node, stop the kubelet, delete /var/lib/kubelet/cpu_manager_state, then start the kubelet.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (reserved == null || reserved.isEmpty() || !Reservations.isStatic(c)) {
            return out;
        }
        for (StateCheckpoint s : v.checkpoints()) {
            if (s.manager() != StateCheckpoint.Manager.CPU || !"static".equals(s.policyName())
                    || s.defaultCpuSet().isEmpty()) {
                continue;
            }
            CpuSet defaults = CpuSet.parse(s.defaultCpuSet());
            if (!defaults.containsAll(reserved)) {
                out.add(finding(v.at("reservedSystemCPUs"), "reservedSystemCPUs \"" + reserved + "\" include CPUs "
                        + reserved.difference(defaults) + " that the checkpoint has handed to containers ("
                        + s.position() + ")", CpuManager.START_ERROR + "not all reserved cpus: \"" + reserved
                        + "\" are present in defaultCpuSet: \"" + defaults + "\""));
            }
        }
        return out;
    }
}
