package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builders that mirror the helpers of the kubelet's policy tests (makePod, mockState,
 * NewStaticPolicy).
 */
final class PolicyFixtures {
    private PolicyFixtures() {}

    /**
     * {@code NewStaticPolicy(topo, numReserved, reserved, fakeTopologyManager, options)} with the
     * alpha gate on.
     */
    static StaticPolicy staticPolicy(
            String topo, int numReserved, String reserved, Map<String, String> options)
            throws KubeletStartError {
        StaticPolicyOptions opts =
                StaticPolicyOptions.parse(
                        options,
                        Map.of(CpuPolicyOptionCatalog.GATE_ALPHA_OPTIONS, true),
                        KubeVersion.NEWEST);
        return StaticPolicy.create(
                KubeletFixtures.get(topo),
                opts,
                "none",
                numReserved,
                reserved == null ? null : CpuSet.parse(reserved),
                null,
                dev.numaadvisor.core.trace.Trace.disabled());
    }

    /** {@code mockState}: "pod/container=cpus;..." assignments and a shared pool. */
    static CpuManagerState state(String defaultSet, String assignments) {
        CpuManagerState s = new CpuManagerState(CpuSet.parse(defaultSet));
        if (assignments != null && !assignments.isEmpty()) {
            for (String a : assignments.split(";")) {
                String[] kv = a.split("=");
                String[] pc = kv[0].split("/");
                s.setCpuSet(pc[0], pc[1], CpuSet.parse(kv[1]));
            }
        }
        return s;
    }

    /** {@code makePod(uid, container, request, limit)}: one container, cpu as given, memory 1G. */
    static Pod makePod(String uid, String container, String request, String limit) {
        return new Pod(
                uid,
                "default",
                uid,
                List.of(),
                List.of(container(container, request, limit, false)));
    }

    static Container container(String name, String request, String limit, boolean sidecar) {
        return new Container(
                name,
                Map.of("cpu", Quantity.parse(request), "memory", Quantity.parse("1G")),
                Map.of("cpu", Quantity.parse(limit), "memory", Quantity.parse("1G")),
                sidecar);
    }

    /**
     * {@code makeMultiContainerPod}: init containers initContainer-i, app containers
     * appContainer-i.
     */
    static Pod multiContainerPod(List<String[]> inits, List<String[]> apps, boolean sidecarInits) {
        List<Container> i = new ArrayList<>();
        for (int n = 0; n < inits.size(); n++) {
            i.add(container("initContainer-" + n, inits.get(n)[0], inits.get(n)[1], sidecarInits));
        }
        List<Container> a = new ArrayList<>();
        for (int n = 0; n < apps.size(); n++) {
            a.add(container("appContainer-" + n, apps.get(n)[0], apps.get(n)[1], false));
        }
        return new Pod("pod", "default", "podUID", i, a);
    }
}
