package dev.numaadvisor.core.rule.reservation;

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

/** NUMA-RES-003 custom-eviction-hard-drops-memory: A custom evictionHard without memory.available drops the memory eviction reservation to 0. */
public final class CustomEvictionHardDropsMemory implements Rule {
    public static final RuleInfo INFO = RuleInfo.of("NUMA-RES-003", "custom-eviction-hard-drops-memory", Severity.WARNING, Scope.CONFIG, false,
            "A custom evictionHard without memory.available drops the memory eviction reservation to 0",
            "Add memory.available (e.g. 100Mi) to evictionHard, or set mergeDefaultEvictionSettings: true (1.33+).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(LintView v) {
        List<Finding> out = new ArrayList<>();
        KubeletConfig c = v.config();
        boolean merged = "true".equals(v.scalars().get("mergeDefaultEvictionSettings"));
        if (v.written("evictionHard") && !c.evictionHard().containsKey(Reservations.MEMORY_AVAILABLE) && !merged) {
            out.add(finding(v.at("evictionHard"), "evictionHard has no memory.available and replaces the defaults: "
                    + "the memory eviction reservation is 0" + (Reservations.memoryStatic(c)
                    ? ", so reservedMemory must add up to kubeReserved + systemReserved only" : ""), null));
        }
        return out;
    }
}
