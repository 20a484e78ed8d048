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

/** NUMA-CPU-013 align-by-socket-with-single-numa-node: align-by-socket cannot be combined with topologyManagerPolicy single-numa-node. */
public final class AlignBySocketWithSingleNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-CPU-013", "align-by-socket-with-single-numa-node", Severity.ERROR, Scope.CONFIG, true,
            "align-by-socket cannot be combined with topologyManagerPolicy single-numa-node",
            "Drop align-by-socket, or use the restricted or best-effort Topology Manager policy.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (Reservations.isStatic(c) && Reservations.option(c.cpuManagerPolicyOptions(), OptionMaturity.ALIGN_BY_SOCKET)
                && KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(c.topologyManagerPolicy())) {
            out.add(staticPolicyFinding(v.at("cpuManagerPolicyOptions." + OptionMaturity.ALIGN_BY_SOCKET),
                    "align-by-socket is incompatible with topologyManagerPolicy single-numa-node",
                    // Upstream typo "Topolgy" kept verbatim.
                    "Topolgy manager single-numa-node policy is incompatible with CPUManager align-by-socket policy option"));
        }
        return out;
    }
}
