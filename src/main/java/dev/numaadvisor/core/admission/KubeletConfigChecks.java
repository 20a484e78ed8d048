package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeletConfig;
import java.util.Map;
import java.util.Set;

/**
 * The checks the kubelet makes on its configuration before any resource manager exists: the
 * validation of {@code ValidateKubeletConfiguration} that concerns reservations, then
 * {@code server.go}'s parsing of the reservation flags. Found missing by the start-up cross-check
 * against lint (NUMA-CPU-005, NUMA-RES-001): the simulator used to start such kubelets.
 */
final class KubeletConfigChecks {
    static final String RESERVED_CPUS_WITH_CGROUP = "invalid configuration: can't use reservedSystemCPUs"
            + " (--reserved-cpus) with systemReservedCgroup (--system-reserved-cgroup) or kubeReservedCgroup"
            + " (--kube-reserved-cgroup)";
    static final String CANNOT_RESERVE = "%s value failed to parse: cannot reserve \"%s\" resource";
    /** {@code parseResourceList} accepts only these names. */
    static final Set<String> RESERVABLE = Set.of("cpu", "memory", "ephemeral-storage", "pid");

    private KubeletConfigChecks() {
    }

    /*
     * Order of the kubelet: (1) validation rejects reservedSystemCPUs together with a reserved
     * cgroup; (2) server.go parses kubeReserved, then systemReserved, and stops at the first
     * resource it cannot reserve (map keys in sorted order, as the config's maps are sorted).
     */
    static void check(KubeletConfig config) throws KubeletStartError {
        boolean cgroup = !config.systemReservedCgroup().isEmpty() || !config.kubeReservedCgroup().isEmpty();
        if (!config.reservedSystemCPUs().isEmpty() && cgroup) {
            throw new KubeletStartError(RESERVED_CPUS_WITH_CGROUP, "NUMA-CPU-005");
        }
        reservable("--kube-reserved", config.kubeReserved());
        reservable("--system-reserved", config.systemReserved());
    }

    private static void reservable(String flag, Map<String, ?> reserved) throws KubeletStartError {
        for (String name : reserved.keySet()) {
            if (!RESERVABLE.contains(name)) {
                throw new KubeletStartError(String.format(CANNOT_RESERVE, flag, name), "NUMA-RES-001");
            }
        }
    }
}
