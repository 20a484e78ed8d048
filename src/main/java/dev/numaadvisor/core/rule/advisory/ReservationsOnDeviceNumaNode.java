package dev.numaadvisor.core.rule.advisory;

import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.rule.Reservations;
import java.util.TreeSet;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-ADV-002 reservations-on-device-numa-node: Reservations sit on the NUMA node that hosts the devices while another node has none. */
public final class ReservationsOnDeviceNumaNode implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-ADV-002", "reservations-on-device-numa-node", Severity.WARNING, Scope.MACHINE, false,
            "Reservations sit on the NUMA node that hosts the devices while another node has none",
            "Reserve CPUs and memory on a NUMA node without the critical devices, or size pods to what remains there.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!v.hasMachine()) {
            return out;
        }
        TreeSet<Integer> deviceNodes = new TreeSet<>();
        for (Device d : v.machine().devices()) {
            if (d.numaNode() != null) {
                deviceNodes.add(d.numaNode());
            }
        }
        TreeSet<Integer> cpuNodes = new TreeSet<>(v.machine().topology().numaNodeIds());
        cpuNodes.removeAll(deviceNodes);
        if (deviceNodes.isEmpty() || cpuNodes.isEmpty()) {
            return out; // every node has devices: there is nowhere better to reserve
        }
        TreeSet<Integer> hit = new TreeSet<>();
        CpuSet reserved = Reservations.reservedCpus(c);
        if (reserved != null) {
            for (int cpu : reserved.toArray()) {
                if (v.machine().topology().has(cpu) && deviceNodes.contains(v.machine().topology().cpu(cpu).numaNode())) {
                    hit.add(v.machine().topology().cpu(cpu).numaNode());
                }
            }
        }
        for (ReservedMemory r : c.reservedMemory()) {
            if (Reservations.memoryStatic(c) && deviceNodes.contains(r.numaNode())) {
                hit.add(r.numaNode());
            }
        }
        if (!hit.isEmpty()) {
            out.add(finding(v.at("reservedSystemCPUs", "reservedMemory"), "reserved CPUs/memory sit on NUMA node(s) "
                    + hit + ", which host the devices; NUMA node(s) " + cpuNodes + " have none", null));
        }
        return out;
    }
}
