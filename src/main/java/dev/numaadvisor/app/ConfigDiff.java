package dev.numaadvisor.app;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code lint --against CURRENT NEW}: the top-level fields that change between two
 * KubeletConfigurations, and which of them need a drain and a state-file removal. Implements
 * NUMA-STATE-005 (any resource-manager change: restart and drain) and NUMA-ADV-007 (a changed
 * reserved CPU set needs the NUMA-STATE-003 procedure).
 */
public final class ConfigDiff {
    /** One changed field; null = not set (kubelet default). {@code procedure} is empty when none is needed. */
    public record Change(String field, Object before, Object after, String ruleId, String procedure) {
    }

    static final String CPU_STATE = "/var/lib/kubelet/cpu_manager_state";
    static final String MEMORY_STATE = "/var/lib/kubelet/memory_manager_state";
    static final Set<String> CPU_FIELDS = Set.of("cpuManagerPolicy", "cpuManagerPolicyOptions", "reservedSystemCPUs",
            "kubeReserved", "systemReserved");
    static final Set<String> MEMORY_FIELDS = Set.of("memoryManagerPolicy", "reservedMemory", "kubeReserved",
            "systemReserved", "evictionHard");
    static final Set<String> TOPOLOGY_FIELDS = Set.of("topologyManagerPolicy", "topologyManagerScope",
            "topologyManagerPolicyOptions", "featureGates");

    private ConfigDiff() {
    }

    public static List<Change> diff(LintInput current, LintInput next) {
        Map<String, Object> a = fields(current);
        Map<String, Object> b = fields(next);
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<Change> out = new ArrayList<>();
        for (String n : names) {
            if (!Objects.equals(a.get(n), b.get(n))) {
                out.add(change(n, a.get(n), b.get(n)));
            }
        }
        return out;
    }

    /*
     * Cases: (a) CPU Manager fields (policy, options, reserved CPUs and the cpu reservations that
     * size them) -> drain, remove cpu_manager_state (NUMA-STATE-001/003, NUMA-ADV-007 for the CPU
     * set); (b) Memory Manager fields (policy, reservedMemory, memory reservations, eviction) ->
     * drain, remove memory_manager_state (NUMA-STATE-002/004); both when a field is in both;
     * (c) Topology Manager fields -> restart and drain, no state file (NUMA-STATE-005);
     * (d) anything else -> a restart only.
     */
    static Change change(String n, Object before, Object after) {
        List<String> files = new ArrayList<>();
        if (CPU_FIELDS.contains(n)) {
            files.add(CPU_STATE);
        }
        if (MEMORY_FIELDS.contains(n)) {
            files.add(MEMORY_STATE);
        }
        String rule = n.equals("reservedSystemCPUs") ? "NUMA-ADV-007" : "NUMA-STATE-005";
        if (!files.isEmpty()) {
            return new Change(n, before, after, rule, "drain, stop the kubelet, remove " + String.join(" and ", files)
                    + ", start the kubelet");
        }
        if (TOPOLOGY_FIELDS.contains(n)) {
            return new Change(n, before, after, rule, "drain and restart the kubelet (running pods keep their"
                    + " old alignment)");
        }
        return new Change(n, before, after, null, "restart the kubelet");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(LintInput in) {
        YNode doc = YamlSource.single(in.fileName(), in.text());
        Object v = doc.toJava();
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(in.fileName() + ": not a KubeletConfiguration");
        }
        Map<String, Object> m = new java.util.TreeMap<>((Map<String, Object>) v);
        m.remove("apiVersion");
        m.remove("kind");
        return m;
    }
}
