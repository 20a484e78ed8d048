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

/** NUMA-MEM-002 reserved-memory-sum-mismatch: The reservedMemory sum differs from kubeReserved + systemReserved + the memory eviction threshold. */
public final class ReservedMemorySumMismatch implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-MEM-002", "reserved-memory-sum-mismatch", Severity.ERROR, Scope.CONFIG, true,
            "The reservedMemory sum differs from kubeReserved + systemReserved + the memory eviction threshold",
            "Re-split reservedMemory so that its memory entries add up exactly; remember the default 100Mi eviction threshold.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        // Empty reservedMemory is NUMA-MEM-003 and hugepage types are NUMA-MEM-004: one finding per cause.
        BigInteger eviction = NodeAllocatableMemory.evictionBytes(v);
        if (!Reservations.memoryStatic(c) || c.reservedMemory().isEmpty() || eviction == null) {
            return out;
        }
        Map<String, BigInteger> reserved = NodeAllocatableMemory.reserved(c);
        BigInteger sum = reserved.getOrDefault("memory", BigInteger.ZERO);
        BigInteger need = NodeAllocatableMemory.required(v, "memory", eviction);
        if (sum.compareTo(need) != 0) {
            String r = GoText.bytes(sum);
            String n = GoText.bytes(need);
            out.add(finding(v.at("reservedMemory"), "reservedMemory sum mismatch: " + r + " reserved vs " + n
                    + " required (kubeReserved + systemReserved + evictionHard memory.available "
                    + GoText.bytes(eviction) + ")", "the total amount \"" + r + "\" of type \"memory\" is not equal "
                    + "to the value \"" + n + "\" determined by Node Allocatable feature"));
        }
        return out;
    }
}
