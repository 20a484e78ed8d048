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

/** NUMA-MEM-003 static-memory-without-reserved-memory: memoryManagerPolicy Static without any reservedMemory. */
public final class StaticMemoryWithoutReservedMemory implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-003", "static-memory-without-reserved-memory", Severity.ERROR, Scope.CONFIG, true,
            "memoryManagerPolicy Static without any reservedMemory",
            "Add reservedMemory entries whose memory adds up to kubeReserved + systemReserved + the eviction threshold (100Mi by default).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        BigInteger eviction = NodeAllocatableMemory.evictionBytes(v);
        if (!Reservations.memoryStatic(c) || !c.reservedMemory().isEmpty() || eviction == null) {
            return out;
        }
        BigInteger need = NodeAllocatableMemory.required(v, "memory", eviction);
        String kubelet = need.signum() == 0 ? "[memorymanager] you should specify the system reserved memory"
                : "the total amount \"0\" of type \"memory\" is not equal to the value \"" + GoText.bytes(need)
                        + "\" determined by Node Allocatable feature";
        out.add(finding(v.at("memoryManagerPolicy"), "memoryManagerPolicy Static without reservedMemory: "
                + GoText.bytes(need) + " of memory must be reserved across the NUMA nodes", kubelet));
        return out;
    }
}
