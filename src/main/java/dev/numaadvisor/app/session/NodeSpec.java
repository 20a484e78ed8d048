package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.List;

/**
 * A node's parts as the session shows them: the device resources' short names, device ids, and
 * the one-line description of {@code /node}. Reading a node said in words or in the compact
 * notation is the understanding step's ({@code Said.node}).
 */
public final class NodeSpec {
    public static final String GPU = "nvidia.com/gpu";
    public static final String SRIOV_NIC = "intel.com/sriov_netdevice";

    /** What the notation says: the topology and the devices. */
    public record Node(CompactTopology topology, List<Device> devices) {
        public Node {
            devices = List.copyOf(devices);
        }
    }

    private NodeSpec() {
    }

    /** The resource a short device name stands for ("gpu", "nic"); other names are kept as given. */
    public static String resource(String shortName) {
        if (shortName.equals("gpu")) {
            return GPU;
        }
        if (shortName.equals("nic") || shortName.equals("sriov")) {
            return SRIOV_NIC;
        }
        return shortName;
    }

    /** A device with the next free id for its resource: GPU-0, GPU-1, … or NIC-0, … */
    public static Device device(String resource, List<Device> existing, int numa) {
        String prefix = resource.equals(GPU) ? "GPU-" : resource.equals(SRIOV_NIC) ? "NIC-" : "DEV-";
        long n = existing.stream().filter(d -> resource.equals(d.resource())).count();
        return new Device(resource, prefix + n, numa);
    }

    /** One line: {@code 2 sockets x 24 cores x 2 threads, 1 NUMA node per socket, 256Gi per NUMA node}. */
    public static String describe(Session s) {
        TopologySpec t = s.topology();
        if (t == null) {
            return "no node yet: try /node set 2x24x2 gpu@1, /node import FILE, or paste lscpu output";
        }
        StringBuilder sb = new StringBuilder();
        if (t instanceof CompactTopology) {
            CompactTopology c = (CompactTopology) t;
            sb.append(c.sockets()).append(" socket(s) x ").append(c.coresPerSocket()).append(" cores x ")
                    .append(c.threadsPerCore()).append(" thread(s), ")
                    .append(c.numaNodesPerSocket()).append(" NUMA node(s) per socket, ")
                    .append(c.memoryPerNumaNode() == null ? "no memory" : c.memoryPerNumaNode().text())
                    .append(" per NUMA node");
        } else {
            sb.append("explicit topology with ").append(t.cpus().size()).append(" CPUs");
        }
        for (Device d : s.devices()) {
            sb.append("\n  device ").append(d.id()).append(" (").append(d.resource()).append(") ")
                    .append(d.numaNode() == null ? "with no NUMA affinity" : "on NUMA " + d.numaNode());
        }
        return sb.toString();
    }
}
