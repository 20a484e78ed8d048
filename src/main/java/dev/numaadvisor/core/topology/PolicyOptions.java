package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parsed {@code topologyManagerPolicyOptions} ({@code policy_options.go :: PolicyOptions}).
 * {@link #parse} applies the kubelet's checks: option known at that release, its maturity gate
 * on, value well formed.
 */
public record PolicyOptions(boolean preferClosestNumaNodes, long maxAllowableNumaNodes) {
    public static final String PREFER_CLOSEST_NUMA_NODES = "prefer-closest-numa-nodes";
    public static final String MAX_ALLOWABLE_NUMA_NODES = "max-allowable-numa-nodes";
    /** Kubelet default limit on NUMA nodes; raised only by max-allowable-numa-nodes (never lowered). */
    public static final int DEFAULT_MAX_ALLOWABLE_NUMA_NODES = 8;
    public static final PolicyOptions DEFAULTS = new PolicyOptions(false, DEFAULT_MAX_ALLOWABLE_NUMA_NODES);

    static final String RULE_UNKNOWN_OPTION = "NUMA-TM-004";
    static final String RULE_OPTION_GATE = "NUMA-TM-005";
    static final String RULE_NOT_AN_INTEGER = "NUMA-TM-006";
    static final String RULE_BELOW_DEFAULT = "NUMA-TM-007";
    static final String RULE_NOT_A_BOOLEAN = "NUMA-TM-008";

    /** How mature an option is at a given release; UNKNOWN = the release does not have it. */
    enum Maturity { UNKNOWN, ALPHA, BETA, GA }

    /**
     * Option maturity by release (kube_features.go, policy_options.go): prefer-closest-numa-nodes
     * alpha 1.26, beta 1.28, GA 1.32; max-allowable-numa-nodes beta 1.31, GA 1.35.
     */
    static Maturity maturity(String option, KubeVersion version) {
        if (PREFER_CLOSEST_NUMA_NODES.equals(option)) {
            return version.atLeast(1, 32) ? Maturity.GA : version.atLeast(1, 28) ? Maturity.BETA
                    : version.atLeast(1, 26) ? Maturity.ALPHA : Maturity.UNKNOWN;
        }
        if (MAX_ALLOWABLE_NUMA_NODES.equals(option)) {
            return version.atLeast(1, 35) ? Maturity.GA : version.atLeast(1, 31) ? Maturity.BETA : Maturity.UNKNOWN;
        }
        return Maturity.UNKNOWN;
    }

    /**
     * {@code NewPolicyOptions}: options are checked in name order (the kubelet walks a Go map, whose
     * order is random; with one bad option the result is the same).
     */
    static PolicyOptions parse(Map<String, String> options, KubeVersion version, Map<String, Boolean> gates)
            throws KubeletStartError {
        boolean preferClosest = false;
        long maxNodes = DEFAULT_MAX_ALLOWABLE_NUMA_NODES;
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            checkAvailable(name, version, gates);
            if (PREFER_CLOSEST_NUMA_NODES.equals(name)) {
                preferClosest = parseBool(name, value);
            } else {
                maxNodes = parseMaxNodes(name, value);
            }
        }
        return new PolicyOptions(preferClosest, maxNodes);
    }

    /** {@code CheckPolicyOptionAvailable}. */
    private static void checkAvailable(String name, KubeVersion version, Map<String, Boolean> gates)
            throws KubeletStartError {
        Maturity maturity = maturity(name, version);
        if (maturity == Maturity.UNKNOWN) {
            throw new KubeletStartError("unknown Topology Manager Policy option: " + GoText.quote(name),
                    RULE_UNKNOWN_OPTION);
        }
        if (maturity == Maturity.ALPHA
                && !TopologyManagerGates.enabled(TopologyManagerGates.ALPHA_OPTIONS, gates, version)) {
            throw new KubeletStartError("Topology Manager Policy Alpha-level Options not enabled, but option "
                    + GoText.quote(name) + " provided", RULE_OPTION_GATE);
        }
        if (maturity == Maturity.BETA
                && !TopologyManagerGates.enabled(TopologyManagerGates.BETA_OPTIONS, gates, version)) {
            throw new KubeletStartError("Topology Manager Policy Beta-level Options not enabled, but option "
                    + GoText.quote(name) + " provided", RULE_OPTION_GATE);
        }
    }

    private static boolean parseBool(String name, String value) throws KubeletStartError {
        try {
            return GoText.parseBool(value);
        } catch (IllegalArgumentException e) {
            throw new KubeletStartError("bad value for option " + GoText.quote(name) + ": " + e.getMessage(),
                    RULE_NOT_A_BOOLEAN);
        }
    }

    private static long parseMaxNodes(String name, String value) throws KubeletStartError {
        long parsed;
        try {
            parsed = GoText.atoi(value);
        } catch (IllegalArgumentException e) {
            throw new KubeletStartError("unable to convert policy option to integer " + GoText.quote(name)
                    + ": " + e.getMessage(), RULE_NOT_AN_INTEGER);
        }
        if (parsed < DEFAULT_MAX_ALLOWABLE_NUMA_NODES) {
            throw new KubeletStartError("the minimum value of " + GoText.quote(name) + " should not be less than "
                    + DEFAULT_MAX_ALLOWABLE_NUMA_NODES, RULE_BELOW_DEFAULT);
        }
        return parsed;
    }
}
