package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.config.KubeletConfig;

/** One kubelet configuration to try on the whole pool, under a display name. */
public record FleetConfig(String name, KubeletConfig config) {
    public boolean policyNone() {
        return KubeletConfig.TOPOLOGY_POLICY_NONE.equals(config.topologyManagerPolicy());
    }
}
