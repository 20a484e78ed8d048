package dev.numaadvisor.core.rule.pod;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-POD-007 device-requests-and-topology: A requested device resource has devices without NUMA information, which cannot be aligned. */
public final class DeviceRequestsAndTopology implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-POD-007", "device-requests-and-topology", Severity.INFO, Scope.POD, false,
            "A requested device resource has devices without NUMA information, which cannot be aligned",
            "Use a device plugin that reports TopologyInfo, or accept unaligned devices.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        if (!v.hasMachine()) {
            return out;
        }
        for (LintPod p : v.pods()) {
            for (Container k : p.pod().allContainers()) {
                for (String r : k.requests().keySet()) {
                    long unknown = v.machine().devicesOf(r).stream().filter(d -> d.numaNode() == null).count();
                    if (unknown > 0) {
                        out.add(finding(p.containerPosition(k, ".resources.requests." + r), p.origin() + " container "
                                + k.name() + " requests " + r + ", and " + unknown + " of its devices report no NUMA "
                                + "node: their hints are \"don't care\"", null));
                    }
                }
            }
        }
        return out;
    }
}
