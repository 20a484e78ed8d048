package dev.numaadvisor.core.config;

import dev.numaadvisor.core.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KubeletConfiguration fields the resource managers read, with the kubelet's defaults
 * already applied by the reader. Strings are kept as written (a bad policy name is the rules
 * engine's business, not the reader's). Maps are sorted.
 */
public record KubeletConfig(
        String cpuManagerPolicy,
        Map<String, String> cpuManagerPolicyOptions,
        String memoryManagerPolicy,
        String topologyManagerPolicy,
        String topologyManagerScope,
        Map<String, String> topologyManagerPolicyOptions,
        String reservedSystemCPUs,
        Map<String, Quantity> kubeReserved,
        Map<String, Quantity> systemReserved,
        Map<String, String> evictionHard,
        List<ReservedMemory> reservedMemory,
        Map<String, Boolean> featureGates,
        List<String> enforceNodeAllocatable,
        String systemReservedCgroup,
        String kubeReservedCgroup,
        int maxPods,
        int podsPerCore) {

    public static final String CPU_POLICY_NONE = "none";
    public static final String CPU_POLICY_STATIC = "static";
    public static final String MEMORY_POLICY_NONE = "None";
    public static final String MEMORY_POLICY_STATIC = "Static";
    public static final String MEMORY_POLICY_BEST_EFFORT = "BestEffort";
    public static final String TOPOLOGY_POLICY_NONE = "none";
    public static final String TOPOLOGY_POLICY_BEST_EFFORT = "best-effort";
    public static final String TOPOLOGY_POLICY_RESTRICTED = "restricted";
    public static final String TOPOLOGY_POLICY_SINGLE_NUMA_NODE = "single-numa-node";
    public static final String SCOPE_CONTAINER = "container";
    public static final String SCOPE_POD = "pod";
    /** The kubelet's Linux default for {@code evictionHard} when the field is not set at all. */
    /** The kubelet's default {@code maxPods}. */
    public static final int DEFAULT_MAX_PODS = 110;
    public static final Map<String, String> DEFAULT_EVICTION_HARD = Map.of(
            "memory.available", "100Mi", "nodefs.available", "10%",
            "nodefs.inodesFree", "5%", "imagefs.available", "15%");

    public KubeletConfig {
        cpuManagerPolicyOptions = sorted(cpuManagerPolicyOptions);
        topologyManagerPolicyOptions = sorted(topologyManagerPolicyOptions);
        kubeReserved = sorted(kubeReserved);
        systemReserved = sorted(systemReserved);
        evictionHard = sorted(evictionHard);
        featureGates = sorted(featureGates);
        reservedMemory = List.copyOf(reservedMemory);
        enforceNodeAllocatable = List.copyOf(enforceNodeAllocatable);
    }

    /** The fields before {@code maxPods} and {@code podsPerCore}, which then take their defaults. */
    public KubeletConfig(String cpuManagerPolicy, Map<String, String> cpuManagerPolicyOptions,
                         String memoryManagerPolicy, String topologyManagerPolicy, String topologyManagerScope,
                         Map<String, String> topologyManagerPolicyOptions, String reservedSystemCPUs,
                         Map<String, Quantity> kubeReserved, Map<String, Quantity> systemReserved,
                         Map<String, String> evictionHard, List<ReservedMemory> reservedMemory,
                         Map<String, Boolean> featureGates, List<String> enforceNodeAllocatable,
                         String systemReservedCgroup, String kubeReservedCgroup) {
        this(cpuManagerPolicy, cpuManagerPolicyOptions, memoryManagerPolicy, topologyManagerPolicy,
                topologyManagerScope, topologyManagerPolicyOptions, reservedSystemCPUs, kubeReserved, systemReserved,
                evictionHard, reservedMemory, featureGates, enforceNodeAllocatable, systemReservedCgroup,
                kubeReservedCgroup, DEFAULT_MAX_PODS, 0);
    }

    private static <V> Map<String, V> sorted(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** A config with every field at the kubelet's default. */
    public static KubeletConfig defaults() {
        return new KubeletConfig(CPU_POLICY_NONE, Map.of(), MEMORY_POLICY_NONE, TOPOLOGY_POLICY_NONE,
                SCOPE_CONTAINER, Map.of(), "", Map.of(), Map.of(), DEFAULT_EVICTION_HARD, List.of(),
                Map.of(), List.of("pods"), "", "");
    }

    public boolean cpuOption(String name) {
        return "true".equalsIgnoreCase(cpuManagerPolicyOptions.getOrDefault(name, "false").trim())
                || "1".equals(cpuManagerPolicyOptions.getOrDefault(name, "").trim())
                || "t".equalsIgnoreCase(cpuManagerPolicyOptions.getOrDefault(name, "").trim());
    }

    public boolean topologyOption(String name) {
        String v = topologyManagerPolicyOptions.getOrDefault(name, "").trim();
        return v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("t");
    }

    /** Copy with one field changed, for what-if runs. */
    public KubeletConfig withTopologyManagerPolicy(String policy) {
        return new KubeletConfig(cpuManagerPolicy, cpuManagerPolicyOptions, memoryManagerPolicy, policy,
                topologyManagerScope, topologyManagerPolicyOptions, reservedSystemCPUs, kubeReserved,
                systemReserved, evictionHard, reservedMemory, featureGates, enforceNodeAllocatable,
                systemReservedCgroup, kubeReservedCgroup, maxPods, podsPerCore);
    }

    /** Copy with the Topology Manager scope changed, for what-if runs. */
    public KubeletConfig withTopologyManagerScope(String scope) {
        return new KubeletConfig(cpuManagerPolicy, cpuManagerPolicyOptions, memoryManagerPolicy, topologyManagerPolicy,
                scope, topologyManagerPolicyOptions, reservedSystemCPUs, kubeReserved,
                systemReserved, evictionHard, reservedMemory, featureGates, enforceNodeAllocatable,
                systemReservedCgroup, kubeReservedCgroup, maxPods, podsPerCore);
    }
}
