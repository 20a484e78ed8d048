package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.trace.Decision;

/**
 * A pod rejected by the resource fit never runs: the kubelet's stale-state cleanup frees what the
 * managers had given it ({@code held}, "" when nothing) before the next allocation.
 */
public record StaleStateCleanup(String pod, String held) implements Decision {
    @Override
    public String text() {
        return "pod " + pod + ": never runs; the kubelet's stale-state cleanup frees what the"
                + " managers gave it before the next allocation" + (held.isEmpty() ? "" : ": " + held);
    }
}
