package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.config.KubeletConfig;
import java.util.List;

/**
 * The NodeResourceTopologyMatch filter (scheduler-plugins) as it judges one node from the
 * per-NUMA free amounts the node would export in its NodeResourceTopology:
 * <ul>
 * <li>it filters only nodes whose Topology Manager policy is single-numa-node; on any other
 *     policy it lets every node through ({@link #NONE});</li>
 * <li>scope pod ({@link #POD}): the pod's effective request (the larger of the app containers'
 *     sum and the biggest init container) must fit on one NUMA node;</li>
 * <li>scope container ({@link #CONTAINER}): each init container must fit on some NUMA node on
 *     its own; each app container must fit on some NUMA node, and the lowest such node (the one
 *     the kubelet would pick) is charged with it before the next container is checked.</li>
 * </ul>
 * A NUMA node fits a request when, for a Guaranteed pod, its free CPUs and memory cover the
 * request (other QoS classes pass on cpu and memory), and it has the devices asked for. A device
 * resource no NUMA node reports is judged at node level only, as the plugin does.
 */
enum NumaFilter {
    NONE, POD, CONTAINER;

    static NumaFilter of(boolean numaAwareScheduler, KubeletConfig config) {
        if (!numaAwareScheduler
                || !KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE.equals(config.topologyManagerPolicy())) {
            return NONE;
        }
        return KubeletConfig.SCOPE_POD.equals(config.topologyManagerScope()) ? POD : CONTAINER;
    }

    boolean passes(FleetNode n, PodDemand pod) {
        switch (this) {
            case NONE:
                return true;
            case POD:
                return lowestFitting(n, n.freeCpus, n.freeMemory, n.freeDevices, pod.guaranteed(),
                        new ContainerNeed(pod.cpuMillis(), pod.memoryBytes(), pod.extended())) >= 0;
            case CONTAINER:
                return containersFit(n, pod);
            default:
                throw new AssertionError(this);
        }
    }

    private static boolean containersFit(FleetNode n, PodDemand pod) {
        for (ContainerNeed init : pod.initNeeds()) {
            if (lowestFitting(n, n.freeCpus, n.freeMemory, n.freeDevices, pod.guaranteed(), init) < 0) {
                return false;
            }
        }
        List<ContainerNeed> apps = pod.appNeeds();
        if (apps.size() == 1) {
            // Nothing follows a lone container, so nothing needs charging: skip the copies.
            return lowestFitting(n, n.freeCpus, n.freeMemory, n.freeDevices, pod.guaranteed(), apps.get(0)) >= 0;
        }
        int[] cpus = n.freeCpus.clone();
        long[] memory = n.freeMemory.clone();
        int[][] devices = new int[n.freeDevices.length][];
        for (int r = 0; r < devices.length; r++) {
            devices[r] = n.freeDevices[r].clone();
        }
        for (ContainerNeed app : apps) {
            int numa = lowestFitting(n, cpus, memory, devices, pod.guaranteed(), app);
            if (numa < 0) {
                return false;
            }
            if (pod.guaranteed()) {
                cpus[numa] -= (int) Math.min(Integer.MAX_VALUE, (app.cpuMillis() + 999) / 1000);
                memory[numa] -= app.memoryBytes();
            }
            for (int r = 0; r < devices.length; r++) {
                devices[r][numa] -= (int) app.devices()[r];
            }
        }
        return true;
    }

    /** Index of the lowest NUMA node that alone holds {@code need}, or -1. */
    private static int lowestFitting(FleetNode n, int[] cpus, long[] memory, int[][] devices, boolean guaranteed,
                                     ContainerNeed need) {
        for (int i = 0; i < cpus.length; i++) {
            boolean ok = !guaranteed || ((long) cpus[i] * 1000 >= need.cpuMillis() && memory[i] >= need.memoryBytes());
            for (int r = 0; ok && r < devices.length; r++) {
                ok = need.devices()[r] == 0 || !n.reportsNuma(r) || devices[r][i] >= need.devices()[r];
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }
}
