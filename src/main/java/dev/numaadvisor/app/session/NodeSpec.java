package dev.numaadvisor.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private NodeSpec() {
    }

    /** Applies the notation to {@code session}; throws IllegalArgumentException naming the bad token. */
    public static void apply(Session session, String text) {
        Map<String, Object> topology = new LinkedHashMap<>();
        List<Map<String, Object>> devices = new ArrayList<>();
        String memory = DEFAULT_MEMORY_PER_NUMA;
        int nps = 1;
        for (String token : text.trim().split("\\s+")) {
            Matcher shape = SHAPE.matcher(token);
            Matcher device = DEVICE.matcher(token);
            if (shape.matches()) {
                topology.put("sockets", Integer.parseInt(shape.group(1)));
                topology.put("coresPerSocket", Integer.parseInt(shape.group(2)));
                topology.put("threadsPerCore", shape.group(3) == null ? 1 : Integer.parseInt(shape.group(3)));
            } else if (token.startsWith("nps=")) {
                nps = Integer.parseInt(token.substring(4));
            } else if (token.startsWith("mem=")) {
                memory = token.substring(4);
            } else if (device.matches()) {
                int count = device.group(3) == null ? 1 : Integer.parseInt(device.group(3));
                for (int i = 0; i < count; i++) {
                    devices.add(device(resource(device.group(1)), devices, Integer.parseInt(device.group(2))));
                }
            } else {
                throw new IllegalArgumentException("cannot read \"" + token
                        + "\": expected SOCKETSxCORESxTHREADS, nps=N, mem=256Gi or gpu@NUMA");
            }
        }
        if (!topology.containsKey("sockets")) {
            throw new IllegalArgumentException("give the shape first, e.g. 2x24x2 (sockets x cores x threads)");
        }
        topology.put("numaNodesPerSocket", nps);
        topology.put("memoryPerNumaNode", memory);
        session.topology(topology);
        session.devices().clear();
        session.devices().addAll(devices);
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
    public static Map<String, Object> device(String resource, List<Map<String, Object>> existing, int numa) {
        String prefix = resource.equals(GPU) ? "GPU-" : resource.equals(SRIOV_NIC) ? "NIC-" : "DEV-";
        long n = existing.stream().filter(d -> resource.equals(d.get("resource"))).count();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("resource", resource);
        d.put("id", prefix + n);
        d.put("numaNode", numa);
        return d;
    }

    /** One line: {@code 2 sockets x 24 cores x 2 threads, 1 NUMA node per socket, 256Gi per NUMA node}. */
    public static String describe(Session s) {
        Map<String, Object> t = s.topology();
        if (t.isEmpty()) {
            return "no node yet: try /node set 2x24x2 gpu@1, /node import FILE, or paste lscpu output";
        }
        StringBuilder sb = new StringBuilder();
        if (t.containsKey("sockets")) {
            sb.append(t.get("sockets")).append(" socket(s) x ").append(t.get("coresPerSocket")).append(" cores x ")
                    .append(t.getOrDefault("threadsPerCore", 1)).append(" thread(s), ")
                    .append(t.getOrDefault("numaNodesPerSocket", 1)).append(" NUMA node(s) per socket, ")
                    .append(t.getOrDefault("memoryPerNumaNode", "no memory")).append(" per NUMA node");
        } else {
            sb.append("explicit topology with ").append(((List<?>) t.getOrDefault("cpus", List.of())).size())
                    .append(" CPUs");
        }
        for (Map<String, Object> d : s.devices()) {
            sb.append("\n  device ").append(d.get("id")).append(" (").append(d.get("resource")).append(") on NUMA ")
                    .append(d.get("numaNode"));
        }
        return sb.toString();
    }
}
