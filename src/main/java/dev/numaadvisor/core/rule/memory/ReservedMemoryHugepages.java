package dev.numaadvisor.core.rule.memory;

import dev.numaadvisor.core.rule.GoText;
import dev.numaadvisor.core.rule.Reservations;
import java.math.BigInteger;
import java.util.Map;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintView;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleInfo;
import dev.numaadvisor.core.rule.Scope;
import dev.numaadvisor.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** NUMA-MEM-004 reserved-memory-hugepages: reservedMemory reserves hugepages, which node allocatable can never match. */
public final class ReservedMemoryHugepages implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-004", "reserved-memory-hugepages", Severity.ERROR, Scope.CONFIG, true,
            "reservedMemory reserves hugepages, which node allocatable can never match",
            "Reserve only memory in reservedMemory; size nr_hugepages per NUMA node to keep system hugepages out of the pool.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        if (!Reservations.memoryStatic(c)) {
            return out;
        }
        NodeAllocatableMemory.reserved(c).forEach((type, sum) -> {
            if (type.startsWith("hugepages-") && sum.signum() != 0) {
                String r = GoText.bytes(sum);
                out.add(finding(v.at("reservedMemory"), "reservedMemory reserves " + r + " of " + type
                        + ", but node allocatable reserves 0 of it (kubeReserved/systemReserved cannot hold hugepages)",
                        "the total amount \"" + r + "\" of type \"" + type
                                + "\" is not equal to the value \"0\" determined by Node Allocatable feature"));
            }
        });
        return out;
    }
}
