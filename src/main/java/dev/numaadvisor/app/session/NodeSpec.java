package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact node notation of {@code /node set}: {@code 2x24x2 [nps=2] [mem=256Gi] [gpu@1]
 * [nic@0] [vendor.com/res@1]} = sockets x cores per socket x threads per core, NUMA nodes per
 * socket, memory per NUMA node, and device-plugin devices with their NUMA node.
 */
public final class NodeSpec {
    public static final String GPU = "nvidia.com/gpu";
    public static final String SRIOV_NIC = "intel.com/sriov_netdevice";
    /** Assumed when no memory is given: a common size for a dual-socket server's NUMA node. */
    public static final String DEFAULT_MEMORY_PER_NUMA = "256Gi";

    private static final Pattern SHAPE = Pattern.compile("(\\d+)x(\\d+)(?:x(\\d+))?");
    private static final Pattern DEVICE = Pattern.compile("([a-z0-9./_-]+)@(\\d+)(?:x(\\d+))?");

    /** What the notation says: the topology and the devices. */
    public record Node(CompactTopology topology, List<Device> devices) {
        public Node {
            devices = List.copyOf(devices);
        }
    }

    private NodeSpec() {
    }

    /** Sets the node the notation describes; throws IllegalArgumentException naming the bad token. */
    public static void apply(Session session, String text) {
        Node node = parse(text);
        session.node(node.topology(), node.devices());
    }

    /** Reads the notation; throws IllegalArgumentException naming the bad token. */
    public static Node parse(String text) {
        int[] shape = null;
        List<Device> devices = new ArrayList<>();
        Quantity memory = Quantity.parse(DEFAULT_MEMORY_PER_NUMA);
        int nps = 1;
        for (String token : text.trim().split("\\s+")) {
            Matcher s = SHAPE.matcher(token);
            Matcher device = DEVICE.matcher(token);
            if (s.matches()) {
                shape = new int[] {number(s.group(1), token), number(s.group(2), token),
                    s.group(3) == null ? 1 : number(s.group(3), token)};
            } else if (token.startsWith("nps=")) {
                nps = number(token.substring(4), token);
            } else if (token.startsWith("mem=")) {
                memory = quantity(token, token.substring(4));
            } else if (device.matches()) {
                int count = device.group(3) == null ? 1 : number(device.group(3), token);
                for (int i = 0; i < count; i++) {
                    devices.add(device(resource(device.group(1)), devices, number(device.group(2), token)));
                }
            } else {
                throw new IllegalArgumentException("cannot read \"" + token
                        + "\": expected SOCKETSxCORESxTHREADS, nps=N, mem=256Gi or gpu@NUMA");
            }
        }
        if (shape == null) {
            throw new IllegalArgumentException("give the shape first, e.g. 2x24x2 (sockets x cores x threads)");
        }
        return new Node(CompactTopology.of(shape[0], nps, shape[1], shape[2], memory), devices);
    }

    private static int number(String digits, String token) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read \"" + token + "\": \"" + digits + "\" is not a number");
        }
    }

    private static Quantity quantity(String token, String value) {
        try {
            return Quantity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read \"" + token + "\": " + e.getMessage());
        }
    }

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
