package dev.numaadvisor.core.topology;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import java.util.List;
import java.util.Map;

/**
 * Builds a Topology Manager policy the way the kubelet does at start-up, with the kubelet's own
 * checks and messages, in its order: configuration validation (policy name), the policy-options
 * feature gate ({@code cmd/kubelet/app/server.go}), then {@code NewManager}: policy none stops
 * there; otherwise options, NUMA distances, the NUMA node limit.
 */
public final class PolicyFactory {
    public static final String POLICY_NONE = "none";
    public static final String POLICY_BEST_EFFORT = "best-effort";
    public static final String POLICY_RESTRICTED = "restricted";
    public static final String POLICY_SINGLE_NUMA_NODE = "single-numa-node";
    public static final List<String> POLICIES =
            List.of(POLICY_NONE, POLICY_BEST_EFFORT, POLICY_RESTRICTED, POLICY_SINGLE_NUMA_NODE);
    public static final String SCOPE_CONTAINER = "container";
    public static final String SCOPE_POD = "pod";

    static final String RULE_INVALID_POLICY = "NUMA-TM-001";
    static final String RULE_INVALID_SCOPE = "NUMA-TM-002";
    static final String RULE_TOO_MANY_NUMA_NODES = "NUMA-TM-003";
    static final String RULE_NO_DISTANCES = "NUMA-TM-009";
    static final String RULE_OPTIONS_GATE_OFF = "NUMA-GATE-006";

    private PolicyFactory() {
    }

    /** {@link #create(String, Map, NumaInfo, KubeVersion, Map, MergeAlgorithm)} with the fast merge. */
    public static Policy create(String policyName, Map<String, String> policyOptions, NumaInfo numaInfo,
                                KubeVersion version, Map<String, Boolean> featureGates) throws KubeletStartError {
        return create(policyName, policyOptions, numaInfo, version, featureGates, MergeAlgorithm.DISTINCT_CANDIDATES);
    }

    /**
     * @param policyOptions {@code topologyManagerPolicyOptions}; ignored before 1.26, which has no
     *     such field (the kubelet's lenient decoding drops it)
     * @param featureGates explicit {@code featureGates}; absent gates take the release's default
     * @throws KubeletStartError with the kubelet's message and the rule id that explains it
     */
    public static Policy create(String policyName, Map<String, String> policyOptions, NumaInfo numaInfo,
                                KubeVersion version, Map<String, Boolean> featureGates, MergeAlgorithm algorithm)
            throws KubeletStartError {
        validatePolicy(policyName);
        Map<String, String> options = policyOptions == null || !TopologyManagerGates.releaseHasPolicyOptions(version)
                ? Map.of() : policyOptions;
        if (!options.isEmpty()
                && !TopologyManagerGates.enabled(TopologyManagerGates.POLICY_OPTIONS, featureGates, version)) {
            throw new KubeletStartError("topology manager policy options " + GoText.map(options)
                    + " require feature gates " + GoText.quote(TopologyManagerGates.POLICY_OPTIONS) + " enabled",
                    RULE_OPTIONS_GATE_OFF);
        }
        if (POLICY_NONE.equals(policyName)) {
            // NewManager returns before parsing options or counting NUMA nodes.
            return new NonePolicy();
        }
        PolicyOptions parsed = PolicyOptions.parse(options, version, featureGates);
        if (parsed.preferClosestNumaNodes() && !numaInfo.hasDistances()) {
            throw new KubeletStartError("cannot discover NUMA topology: error getting NUMA distances from cadvisor",
                    RULE_NO_DISTANCES);
        }
        if (numaInfo.nodeCount() > parsed.maxAllowableNumaNodes()) {
            throw new KubeletStartError("unsupported on machines with more than " + parsed.maxAllowableNumaNodes()
                    + " NUMA Nodes", RULE_TOO_MANY_NUMA_NODES);
        }
        BestEffortPolicy bestEffort = new BestEffortPolicy(numaInfo, parsed.preferClosestNumaNodes(), algorithm);
        switch (policyName) {
            case POLICY_BEST_EFFORT:
                return bestEffort;
            case POLICY_RESTRICTED:
                return new RestrictedPolicy(bestEffort);
            case POLICY_SINGLE_NUMA_NODE:
                return new SingleNumaNodePolicy(numaInfo, algorithm);
            default:
                throw new AssertionError(policyName);
        }
    }

    /** {@code ValidateKubeletConfiguration} on {@code topologyManagerPolicy}. */
    public static void validatePolicy(String policyName) throws KubeletStartError {
        if (policyName == null || !POLICIES.contains(policyName)) {
            throw new KubeletStartError("invalid configuration: topologyManagerPolicy (--topology-manager-policy) "
                    + GoText.quote(String.valueOf(policyName)) + " must be one of: [\"none\" \"best-effort\" "
                    + "\"restricted\" \"single-numa-node\"]", RULE_INVALID_POLICY);
        }
    }

    /** {@code ValidateKubeletConfiguration} on {@code topologyManagerScope}. */
    public static void validateScope(String scopeName) throws KubeletStartError {
        if (!SCOPE_CONTAINER.equals(scopeName) && !SCOPE_POD.equals(scopeName)) {
            throw new KubeletStartError("invalid configuration: topologyManagerScope (--topology-manager-scope) "
                    + GoText.quote(String.valueOf(scopeName)) + " must be one of: \"container\", or \"pod\"",
                    RULE_INVALID_SCOPE);
        }
    }
}
