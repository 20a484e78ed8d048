package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The CPU Manager's working state ({@code state.State}): the shared pool and the exclusive sets by
 * pod UID and container name. Mutable, owned by one {@link CpuManager}; {@link #copy()} gives an
 * independent one for what-if runs. Pods are hashed, not sorted: admission looks them up on every
 * call, and only start-up validation and the checkpoint need them in order.
 */
final class CpuManagerState {
    private CpuSet defaultCpuSet;
    private final Map<String, TreeMap<String, CpuSet>> assignments = new HashMap<>();

    CpuManagerState(CpuSet defaultCpuSet) {
        this.defaultCpuSet = defaultCpuSet;
    }

    static CpuManagerState from(CpuManagerCheckpoint cp) {
        CpuManagerState s = new CpuManagerState(cp.defaultCpuSet());
        cp.entries()
                .forEach(
                        (pod, containers) ->
                                containers.forEach((c, set) -> s.setCpuSet(pod, c, set)));
        return s;
    }

    CpuManagerState copy() {
        CpuManagerState s = new CpuManagerState(defaultCpuSet);
        assignments.forEach((pod, containers) -> s.assignments.put(pod, new TreeMap<>(containers)));
        return s;
    }

    CpuSet defaultCpuSet() {
        return defaultCpuSet;
    }

    void setDefaultCpuSet(CpuSet set) {
        defaultCpuSet = set;
    }

    /** The container's exclusive set, or null when it has none. */
    CpuSet cpuSet(String podUid, String container) {
        Map<String, CpuSet> pod = assignments.get(podUid);
        return pod == null ? null : pod.get(container);
    }

    void setCpuSet(String podUid, String container, CpuSet set) {
        assignments.computeIfAbsent(podUid, k -> new TreeMap<>()).put(container, set);
    }

    void delete(String podUid, String container) {
        TreeMap<String, CpuSet> pod = assignments.get(podUid);
        if (pod != null) {
            pod.remove(container);
            if (pod.isEmpty()) {
                assignments.remove(podUid);
            }
        }
    }

    /** Pod UID -> container -> exclusive set, sorted by pod UID (a snapshot; the inner maps are live). */
    SortedMap<String, TreeMap<String, CpuSet>> assignments() {
        return new TreeMap<>(assignments);
    }

    boolean hasAssignments() {
        return !assignments.isEmpty();
    }

    /** The pod's containers with exclusive CPUs (live view; do not modify), empty when none. */
    Map<String, CpuSet> containersOf(String podUid) {
        TreeMap<String, CpuSet> pod = assignments.get(podUid);
        return pod == null ? Map.of() : pod;
    }

    CpuManagerCheckpoint toCheckpoint(String policyName) {
        Map<String, Map<String, CpuSet>> entries = new TreeMap<>();
        assignments.forEach((pod, containers) -> entries.put(pod, containers));
        return new CpuManagerCheckpoint(policyName, defaultCpuSet, entries, 0);
    }
}
