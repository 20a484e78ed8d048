package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.trace.Decision;
import java.util.List;

/**
 * The predicate handler's resource fit for one pod: its request, what the other active pods
 * request, node allocatable, and what it lacks (empty when it fits; the kubelet reports the first).
 */
public record FitCheck(String pod, ResourceAmounts request, ResourceAmounts used, int activePods,
                       NodeAllocatable allocatable, List<InsufficientResource> lacking) implements Decision {
    public FitCheck {
        lacking = List.copyOf(lacking);
    }

    public boolean fits() {
        return lacking.isEmpty();
    }

    @Override
    public String text() {
        return FitWords.check(pod, request, used, activePods, allocatable, lacking);
    }
}
