package dev.numaadvisor.core.admission;

import java.util.List;

/**
 * The kubelet's resource-manager metric names (pkg/kubelet/metrics, subsystem "kubelet"), the one
 * list that knowledge pages, rule remediations and drafted rollout steps may name.
 */
public final class KubeletMetrics {
    public static final String TOPOLOGY_ADMISSION_REQUESTS = "kubelet_topology_manager_admission_requests_total";
    public static final String TOPOLOGY_ADMISSION_ERRORS = "kubelet_topology_manager_admission_errors_total";
    public static final String TOPOLOGY_ADMISSION_DURATION = "kubelet_topology_manager_admission_duration_ms";
    public static final String CPU_PINNING_REQUESTS = "kubelet_cpu_manager_pinning_requests_total";
    public static final String CPU_PINNING_ERRORS = "kubelet_cpu_manager_pinning_errors_total";
    public static final String CPU_SHARED_POOL_SIZE = "kubelet_cpu_manager_shared_pool_size_millicores";
    public static final String CPU_EXCLUSIVE_COUNT = "kubelet_cpu_manager_exclusive_cpu_allocation_count";
    public static final String CPU_ALLOCATION_PER_NUMA = "kubelet_cpu_manager_allocation_per_numa";
    public static final String MEMORY_PINNING_REQUESTS = "kubelet_memory_manager_pinning_requests_total";
    public static final String MEMORY_PINNING_ERRORS = "kubelet_memory_manager_pinning_errors_total";
    public static final String ALIGNED_COMPUTE_RESOURCES = "kubelet_container_aligned_compute_resources_count";
    public static final String ALIGNED_COMPUTE_RESOURCES_FAILURES =
            "kubelet_container_aligned_compute_resources_failure_count";

    public static final List<String> ALL = List.of(TOPOLOGY_ADMISSION_REQUESTS, TOPOLOGY_ADMISSION_ERRORS,
            TOPOLOGY_ADMISSION_DURATION, CPU_PINNING_REQUESTS, CPU_PINNING_ERRORS, CPU_SHARED_POOL_SIZE,
            CPU_EXCLUSIVE_COUNT, CPU_ALLOCATION_PER_NUMA, MEMORY_PINNING_REQUESTS, MEMORY_PINNING_ERRORS,
            ALIGNED_COMPUTE_RESOURCES, ALIGNED_COMPUTE_RESOURCES_FAILURES);

    private KubeletMetrics() {
    }
}
