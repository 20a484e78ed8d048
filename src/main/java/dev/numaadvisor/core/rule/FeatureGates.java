package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.config.KubeVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The NUMA-related feature gates per release (spec RULES.md §1, from kube_features.go). Minor
 * versions of 1.x; 0 means "never". Gates outside this table are unknown to us, not to the kubelet.
 */
public final class FeatureGates {
    /** One gate: introduced, default on from, GA from, locked from, removed from. */
    public record Gate(String name, int introduced, int defaultOnFrom, int gaFrom, int lockedFrom, int removedFrom) {
    }

    private static final Map<String, Gate> GATES = new TreeMap<>();

    static {
        for (Gate g : List.of(
                new Gate("CPUManager", 8, 10, 26, 26, 33),
                new Gate("TopologyManager", 16, 18, 27, 27, 29),
                new Gate("MemoryManager", 21, 22, 32, 32, 0),
                new Gate("CPUManagerPolicyOptions", 22, 23, 33, 33, 0),
                new Gate("CPUManagerPolicyBetaOptions", 23, 23, 0, 0, 0),
                new Gate("CPUManagerPolicyAlphaOptions", 23, 0, 0, 0, 0),
                // GA in 1.32 but not locked in the 1.35 table (RULES.md §9.5): false is still accepted.
                new Gate("TopologyManagerPolicyOptions", 26, 28, 32, 0, 0),
                new Gate("TopologyManagerPolicyBetaOptions", 26, 28, 0, 0, 0),
                new Gate("TopologyManagerPolicyAlphaOptions", 26, 0, 0, 0, 0),
                new Gate("PodLevelResources", 32, 34, 0, 0, 0),
                new Gate("PodLevelResourceManagers", 36, 0, 0, 0, 0),
                new Gate("InPlacePodVerticalScaling", 27, 33, 35, 35, 0),
                new Gate("InPlacePodVerticalScalingExclusiveCPUs", 32, 0, 0, 0, 0),
                new Gate("InPlacePodVerticalScalingExclusiveMemory", 34, 0, 0, 0, 0),
                new Gate("DisableCPUQuotaWithExclusiveCPUs", 33, 33, 0, 0, 0),
                new Gate("WindowsCPUAndMemoryAffinity", 32, 0, 0, 0, 0))) {
            GATES.put(g.name(), g);
        }
    }

    private FeatureGates() {
    }

    /** The gate, or null when it is not one of the NUMA gates we track. */
    public static Gate gate(String name) {
        return GATES.get(name);
    }

    public static List<String> names() {
        return List.copyOf(GATES.keySet());
    }

    /** Known to the release: introduced and not yet removed. */
    public static boolean known(String name, KubeVersion v) {
        Gate g = GATES.get(name);
        return g != null && v.minor() >= g.introduced() && (g.removedFrom() == 0 || v.minor() < g.removedFrom());
    }

    public static boolean removed(String name, KubeVersion v) {
        Gate g = GATES.get(name);
        return g != null && g.removedFrom() != 0 && v.minor() >= g.removedFrom();
    }

    /** Default value in the release; false for gates we do not track or that do not exist yet. */
    public static boolean defaultValue(String name, KubeVersion v) {
        Gate g = GATES.get(name);
        if (g == null || v.minor() < g.introduced()) {
            return false;
        }
        return g.defaultOnFrom() != 0 && v.minor() >= g.defaultOnFrom();
    }

    public static boolean locked(String name, KubeVersion v) {
        Gate g = GATES.get(name);
        return g != null && g.lockedFrom() != 0 && v.minor() >= g.lockedFrom() && known(name, v);
    }

    public static boolean ga(String name, KubeVersion v) {
        Gate g = GATES.get(name);
        return g != null && g.gaFrom() != 0 && v.minor() >= g.gaFrom() && known(name, v);
    }
}
