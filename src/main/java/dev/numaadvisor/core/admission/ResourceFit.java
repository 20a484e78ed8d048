package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource fit both the scheduler's NodeResourcesFit filter and the kubelet's predicate admit
 * handler run ({@code fitsRequest} in {@code pkg/scheduler/framework/plugins/noderesources/fit.go},
 * which the kubelet calls through {@code scheduler.AdmissionCheck}): one function, so that the
 * fleet's scheduler model and the node's admission can never count differently.
 */
public final class ResourceFit {
    /** The resource name of the pod-count check. */
    public static final String PODS = "pods";

    private ResourceFit() {
    }

    /*
     * The order of the checks, which decides the reason the kubelet reports (it keeps only the
     * first):
     *   1. pods: the active pods + this one above allocatable pods (checked even for a pod that
     *      requests nothing);
     *   2. a pod requesting nothing at all fits from here on;
     *   3. cpu, then memory, each only when requested and above allocatable - used;
     *   4. ephemeral-storage comes next in the kubelet but is not modelled (no disk in the machine);
     *   5. scalar resources (hugepages, extended resources), each requested one above allocatable
     *      - used. Go walks a map here, so the kubelet's order among several failing scalar
     *      resources is random; this model takes them by name.
     */
    /** Every resource the pod does not fit in, in the kubelet's order; empty when it fits. */
    public static List<InsufficientResource> insufficient(NodeAllocatable allocatable, ResourceAmounts used,
                                                          long activePods, ResourceAmounts pod) {
        List<InsufficientResource> out = new ArrayList<>();
        check(allocatable, used, activePods, pod, out);
        return out;
    }

    /** Whether the pod fits: the same checks, stopping at the first failure and building nothing. */
    public static boolean fits(NodeAllocatable allocatable, ResourceAmounts used, long activePods,
                               ResourceAmounts pod) {
        return check(allocatable, used, activePods, pod, null);
    }

    /**
     * {@link #fits} for a pod that asks for no scalar resource, on plain numbers: the fleet's
     * scheduler model runs it for every node it looks at (hundreds per pod), where reading the
     * amounts out of records and maps cost more than the checks. Same checks, same order.
     */
    public static boolean fitsCpuAndMemory(long allocatablePods, long allocatableCpuMillis,
                                           long allocatableMemoryBytes, long activePods, long usedCpuMillis,
                                           long usedMemoryBytes, long podCpuMillis, long podMemoryBytes) {
        if (activePods + 1 > allocatablePods) {
            return false;
        }
        return !exceeds(podCpuMillis, allocatableCpuMillis, usedCpuMillis)
                && !exceeds(podMemoryBytes, allocatableMemoryBytes, usedMemoryBytes);
    }

    /** Whether a request (checked only when above 0) exceeds what is left of the allocatable amount. */
    private static boolean exceeds(long request, long allocatable, long used) {
        return request > 0 && request > allocatable - used;
    }

    /** Runs the checks; collects failures into {@code out}, or stops at the first when it is null. */
    private static boolean check(NodeAllocatable allocatable, ResourceAmounts used, long activePods,
                                 ResourceAmounts pod, List<InsufficientResource> out) {
        boolean fits = true;
        if (activePods + 1 > allocatable.pods()) {
            fits = fail(out, new InsufficientResource(PODS, 1, activePods, allocatable.pods()));
            if (out == null) {
                return false;
            }
        }
        if (pod.isZero()) {
            return fits;
        }
        ResourceAmounts capacity = allocatable.resources();
        if (exceeds(pod.cpuMillis(), capacity.cpuMillis(), used.cpuMillis())) {
            fits = fail(out, new InsufficientResource(Resources.CPU, pod.cpuMillis(), used.cpuMillis(),
                    capacity.cpuMillis()));
            if (out == null) {
                return false;
            }
        }
        if (exceeds(pod.memoryBytes(), capacity.memoryBytes(), used.memoryBytes())) {
            fits = fail(out, new InsufficientResource(Resources.MEMORY, pod.memoryBytes(), used.memoryBytes(),
                    capacity.memoryBytes()));
            if (out == null) {
                return false;
            }
        }
        if (pod.scalarResources().isEmpty()) {
            return fits; // no iterator to allocate: most pods ask for no scalar resource
        }
        for (Map.Entry<String, Long> e : pod.scalarResources().entrySet()) {
            String name = e.getKey();
            long request = e.getValue();
            if (exceeds(request, capacity.scalar(name), used.scalar(name))) {
                fits = fail(out, new InsufficientResource(name, request, used.scalar(name), capacity.scalar(name)));
                if (out == null) {
                    return false;
                }
            }
        }
        return fits;
    }

    private static boolean fail(List<InsufficientResource> out, InsufficientResource r) {
        if (out != null) {
            out.add(r);
        }
        return false;
    }

    /**
     * The pod's request as the kubelet's admit handler checks it: extended resources the node
     * does not have at all are dropped first ({@code removeMissingExtendedResources}: they may be
     * cluster-level resources), so only the scheduler rejects for them.
     */
    public static ResourceAmounts withoutMissingExtendedResources(ResourceAmounts pod, NodeAllocatable allocatable) {
        if (pod.scalarResources().isEmpty()) {
            return pod;
        }
        Set<String> missing = new TreeSet<>();
        for (String name : pod.scalarResources().keySet()) {
            if (Resources.isExtended(name) && !allocatable.resources().scalarResources().containsKey(name)) {
                missing.add(name);
            }
        }
        return missing.isEmpty() ? pod : pod.withoutScalars(missing);
    }
}
