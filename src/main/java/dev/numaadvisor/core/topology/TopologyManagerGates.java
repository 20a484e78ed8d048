package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.config.KubeVersion;
import java.util.Map;

/**
 * The feature gates around Topology Manager policy options and their defaults by release
 * ({@code pkg/features/kube_features.go}): an explicit {@code featureGates} entry wins, else the
 * release's default.
 */
final class TopologyManagerGates {
    static final String POLICY_OPTIONS = "TopologyManagerPolicyOptions";
    static final String BETA_OPTIONS = "TopologyManagerPolicyBetaOptions";
    static final String ALPHA_OPTIONS = "TopologyManagerPolicyAlphaOptions";

    private TopologyManagerGates() {
    }

    static boolean enabled(String gate, Map<String, Boolean> gates, KubeVersion version) {
        Boolean explicit = gates == null ? null : gates.get(gate);
        return explicit != null ? explicit : defaultValue(gate, version);
    }

    /**
     * TopologyManagerPolicyOptions and TopologyManagerPolicyBetaOptions: added off in 1.26, on
     * since 1.28. TopologyManagerPolicyAlphaOptions: always off.
     */
    static boolean defaultValue(String gate, KubeVersion version) {
        if (ALPHA_OPTIONS.equals(gate)) {
            return false;
        }
        return version.atLeast(1, 28);
    }

    /** The release has the {@code topologyManagerPolicyOptions} field at all (1.26+). */
    static boolean releaseHasPolicyOptions(KubeVersion version) {
        return version.atLeast(1, 26);
    }
}
