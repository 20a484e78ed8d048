package dev.numaadvisor.adapter.fleet;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.fleet.FleetConfig;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code configs}: each is a name plus the manager fields it changes over the shared
 * {@code kubeletConfig}. Policy names are checked here so a typo fails with its position instead
 * of a kubelet start error on every node.
 */
final class FleetConfigReader {
    private static final List<String> FIELDS = List.of("name", "topologyManagerPolicy", "topologyManagerScope",
            "topologyManagerPolicyOptions", "cpuManagerPolicy", "cpuManagerPolicyOptions", "memoryManagerPolicy");
    private static final List<String> POLICIES = List.of(KubeletConfig.TOPOLOGY_POLICY_NONE,
            KubeletConfig.TOPOLOGY_POLICY_BEST_EFFORT, KubeletConfig.TOPOLOGY_POLICY_RESTRICTED,
            KubeletConfig.TOPOLOGY_POLICY_SINGLE_NUMA_NODE);

    private FleetConfigReader() {
    }

    static List<FleetConfig> readAll(YNode list, KubeletConfig base) {
        List<FleetConfig> out = new ArrayList<>();
        if (list == null || !list.isList()) {
            if (list != null) {
                list.error(Problem.Kind.INVALID, null, "configs must be a list", null);
            }
            return out;
        }
        Set<String> names = new HashSet<>();
        for (YNode c : list.items()) {
            if (!c.expectMap()) {
                continue;
            }
            FleetConfig config = read(c, base);
            if (!names.add(config.name())) {
                c.get("name").error(Problem.Kind.DUPLICATE, config.name(), "config name listed twice", null);
            }
            out.add(config);
        }
        return out;
    }

    private static FleetConfig read(YNode c, KubeletConfig b) {
        String policy = c.string("topologyManagerPolicy", b.topologyManagerPolicy());
        if (!POLICIES.contains(policy)) {
            c.get("topologyManagerPolicy").error(Problem.Kind.UNSUPPORTED, policy, "unknown Topology Manager policy",
                    "use one of " + String.join(", ", POLICIES));
        }
        String name = c.string("name", policy);
        KubeletConfig config = new KubeletConfig(
                c.string("cpuManagerPolicy", b.cpuManagerPolicy()),
                map(c, "cpuManagerPolicyOptions", b.cpuManagerPolicyOptions()),
                c.string("memoryManagerPolicy", b.memoryManagerPolicy()),
                policy,
                c.string("topologyManagerScope", b.topologyManagerScope()),
                map(c, "topologyManagerPolicyOptions", b.topologyManagerPolicyOptions()),
                b.reservedSystemCPUs(), b.kubeReserved(), b.systemReserved(), b.evictionHard(), b.reservedMemory(),
                b.featureGates(), b.enforceNodeAllocatable(), b.systemReservedCgroup(), b.kubeReservedCgroup());
        c.finish(FIELDS);
        return new FleetConfig(name, config);
    }

    private static Map<String, String> map(YNode c, String key, Map<String, String> fallback) {
        return c.has(key) ? c.get(key).stringMap() : fallback;
    }
}
