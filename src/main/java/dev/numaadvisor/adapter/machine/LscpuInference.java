package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills in what human {@code lscpu} does not print, by fixed rules, each reported as an
 * assumption so the user knows to paste {@code lscpu -p} or sysfs when it matters.
 */
final class LscpuInference {
    private LscpuInference() {
    }

    /*
     * Rules, applied in this order:
     * Case A, NUMA: without "NUMA nodeN CPU(s):" lines every online CPU is on node 0 (read when
     *   "NUMA node(s): 1", assumed otherwise).
     * Case B, cores: a node's CPUs, sorted, are cut into T = "Thread(s) per core" equal runs and
     *   the j-th CPU of every run are SMT siblings: Linux numbers the first thread of every core
     *   before any sibling (node0 0-23,48-71 → 0+48). T = 1 means one CPU per core (read). A node
     *   whose CPU count is not a multiple of T gets one core per CPU (assumed).
     * Case C, sockets: with S sockets and N nodes that have CPUs (in id order): N a multiple of S →
     *   N/S consecutive nodes per socket (AMD NPS2/NPS4, Intel SNC); S a multiple of N → each node's
     *   cores split in order into S/N sockets; otherwise one socket per node (assumed).
     * Case D, L3 groups: only from "L3: … (I instances)": the C cores, socket by socket, are cut
     *   into runs of C/I consecutive cores, one L3 each, when C is a multiple of I and no run would
     *   cross a socket. Without instances the L3 groups stay unknown (the size alone is per
     *   instance on old util-linux and summed on new, so it proves nothing).
     */
    static void infer(NodeFactsBuilder b, DeclaredCounts declared, CpuSet online,
                      Map<Integer, CpuSet> listedNodes) {
        Map<Integer, CpuSet> nodes = numaNodes(b, declared, online, listedNodes);
        nodes.forEach((id, cpus) -> b.numa(NumaFact.ofCpus(id, cpus, b.source())));
        List<List<int[]>> coresPerNode = new ArrayList<>();
        nodes.forEach((id, cpus) -> {
            if (!cpus.isEmpty()) {
                coresPerNode.add(coresOf(b, declared.threadsPerCore(), id, cpus));
            }
        });
        if (declared.threadsPerCore() != null && declared.threadsPerCore() > 1) {
            b.assume("SMT siblings: each NUMA node's sorted CPUs cut into " + declared.threadsPerCore()
                    + " equal runs, the j-th CPU of each run sharing a core (lscpu does not print the"
                    + " pairing; lscpu -p or sysfs thread_siblings_list would say exactly)");
        }
        List<int[]> cores = new ArrayList<>();
        List<Integer> socketOfCore = sockets(b, declared.sockets(), coresPerNode, cores);
        List<Integer> l3OfCore = uncore(b, declared.l3Instances(), socketOfCore);
        for (int core = 0; core < cores.size(); core++) {
            int[] members = cores.get(core);
            for (int i = 1; i < members.length; i++) {
                int cpu = members[i];
                b.cpu(cpu, core, socketOfCore.get(core), members[0],
                        l3OfCore == null ? null : l3OfCore.get(core));
            }
        }
    }

    /** Case A. */
    private static Map<Integer, CpuSet> numaNodes(NodeFactsBuilder b, DeclaredCounts declared,
                                                  CpuSet online, Map<Integer, CpuSet> listed) {
        if (!listed.isEmpty()) {
            return listed;
        }
        CpuSet all = online;
        if (all == null && declared.cpus() != null) {
            all = CpuSet.range(0, declared.cpus() - 1);
            b.assume("no \"On-line CPU(s) list\": CPUs taken to be 0-" + (declared.cpus() - 1));
        }
        if (all == null) {
            all = CpuSet.empty();
        }
        if (declared.numaNodes() == null || declared.numaNodes() != 1) {
            b.assume("no \"NUMA nodeN CPU(s):\" lines: all CPUs taken to be on NUMA node 0");
        }
        Map<Integer, CpuSet> out = new TreeMap<>();
        out.put(0, all);
        return out;
    }

    /** Case B: the cores of one node, each as {numaNode, cpu, sibling, …}. */
    private static List<int[]> coresOf(NodeFactsBuilder b, Integer threads, int node, CpuSet cpus) {
        List<Integer> sorted = cpus.toList();
        int t = threads == null ? 1 : threads;
        if (threads == null) {
            b.assume("no \"Thread(s) per core\": NUMA node " + node + " taken to have one CPU per core");
        } else if (t > 1 && sorted.size() % t != 0) {
            b.assume("NUMA node " + node + " has " + sorted.size() + " CPUs, not a multiple of " + t
                    + " threads per core: one CPU per core assumed there");
            t = 1;
        }
        List<int[]> out = new ArrayList<>();
        int run = sorted.size() / t;
        for (int j = 0; j < run; j++) {
            int[] core = new int[t + 1];
            core[0] = node;
            for (int k = 0; k < t; k++) {
                core[k + 1] = sorted.get(j + k * run);
            }
            out.add(core);
        }
        return out;
    }

    /** Case C; also unpacks the per-node core lists into {@code cores} in socket-major order. */
    private static List<Integer> sockets(NodeFactsBuilder b, Integer sockets,
                                         List<List<int[]>> coresPerNode, List<int[]> cores) {
        int n = coresPerNode.size();
        int s = sockets == null ? n : sockets;
        if (sockets == null && n > 0) {
            b.assume("no \"Socket(s)\": one socket per NUMA node assumed");
        }
        List<Integer> socketOfCore = new ArrayList<>();
        boolean nodesPerSocket = s > 0 && n % s == 0;
        boolean socketsPerNode = s > 0 && !nodesPerSocket && s % n == 0;
        if (!nodesPerSocket && !socketsPerNode && n > 0) {
            b.assume(s + " sockets do not divide " + n + " NUMA nodes evenly: one socket per NUMA"
                    + " node assumed");
        }
        for (int i = 0; i < n; i++) {
            List<int[]> nodeCores = coresPerNode.get(i);
            for (int j = 0; j < nodeCores.size(); j++) {
                int socket;
                if (nodesPerSocket) {
                    socket = i / (n / s);
                } else if (socketsPerNode) {
                    int perNode = s / n;
                    socket = i * perNode + j * perNode / nodeCores.size();
                } else {
                    socket = i;
                }
                socketOfCore.add(socket);
                cores.add(nodeCores.get(j));
            }
        }
        if (s > 1 && n > 0 && (nodesPerSocket || socketsPerNode)) {
            b.assume(nodesPerSocket && n > s
                    ? (n / s) + " consecutive NUMA nodes per socket assumed (NPS/SNC numbering)"
                    : nodesPerSocket ? "NUMA node k taken to be socket k (lscpu does not print the"
                    + " socket of a NUMA node)" : "each NUMA node's cores split in order into "
                    + (s / n) + " sockets");
        }
        return socketOfCore;
    }

    /** Case D. */
    private static List<Integer> uncore(NodeFactsBuilder b, Integer instances, List<Integer> socketOfCore) {
        int c = socketOfCore.size();
        if (instances == null || instances <= 0 || c == 0 || c % instances != 0) {
            return null;
        }
        int perL3 = c / instances;
        List<Integer> out = new ArrayList<>();
        for (int core = 0; core < c; core++) {
            int first = core - core % perL3;
            if (!socketOfCore.get(first).equals(socketOfCore.get(core))) {
                return null;
            }
            out.add(core / perL3);
        }
        b.assume(instances + " L3 instances: " + perL3 + " consecutive cores taken to share each L3"
                + " (lscpu -p=CPU,CORE,SOCKET,NODE,CACHE or sysfs cache/index3 would say exactly)");
        return out;
    }
}
