package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Works the stated node out into the compact shape: totals divided into per-socket counts,
 * sockets from NUMA nodes, devices on sockets put on that socket's NUMA node. What was not said
 * is assumed only where a common default exists (SMT on, one NUMA node per socket, 256Gi per
 * NUMA node), and said so; what cannot be worked out (no core count, a device with no place,
 * counts that do not divide) becomes a question.
 */
public final class ResolveNode {
    /** Assumed when no memory is given: a common size for a dual-socket server's NUMA node. */
    public static final Quantity DEFAULT_MEMORY_PER_NUMA = Quantity.parse("256Gi");

    private ResolveNode() {
    }

    public static Resolution of(StatedNode s) {
        List<String> assumed = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        Integer threads = s.threadsPerCore();
        if (threads == null) {
            threads = derivedThreads(s);
        }
        if (threads == null) {
            threads = 2;
            assumed.add("SMT on: 2 threads per core (say \"SMT off\" to change)");
        }
        Integer sockets = s.sockets();
        Integer perSocket = s.numaNodesPerSocket();
        Integer numa = s.numaNodes();
        if (sockets == null && numa != null && perSocket != null) {
            sockets = divide(numa, perSocket, "NUMA nodes", "NUMA nodes per socket", questions);
        }
        if (sockets == null && numa != null) {
            perSocket = 1;
            sockets = numa;
            assumed.add("one NUMA node per socket, so " + numa + " socket(s) (say \"2 NUMA nodes per socket\" to change)");
        }
        if (sockets == null && s.cores() != null && s.coresPerSocket() != null) {
            sockets = divide(s.cores(), s.coresPerSocket(), "cores", "cores per socket", questions);
        }
        if (sockets == null) {
            questions.add("How many sockets (or NUMA nodes) does the node have? e.g. \"2 sockets\"");
            return new Resolution(null, assumed, questions);
        }
        if (perSocket == null && numa != null) {
            perSocket = divide(numa, sockets, "NUMA nodes", "sockets", questions);
        }
        if (perSocket == null) {
            perSocket = 1;
            if (questions.isEmpty()) {
                assumed.add("one NUMA node per socket (NUMA 0 = socket 0, NUMA 1 = socket 1; say \"NPS4\" or \"SNC2\" to change)");
            }
        }
        if (numa != null && numa != sockets * perSocket) {
            questions.add("The node has " + numa + " NUMA nodes, but " + sockets + " socket(s) with " + perSocket
                    + " NUMA node(s) each make " + sockets * perSocket + ": which is it?");
        }
        Integer coresPerSocket = coresPerSocket(s, sockets, perSocket, threads, questions);
        if (coresPerSocket == null) {
            if (questions.isEmpty()) {
                questions.add("How many cores per socket? e.g. \"24 cores per socket\" or \"96 CPUs\"");
            }
            return new Resolution(null, assumed, questions);
        }
        disagreements(s, sockets, perSocket, coresPerSocket, threads, questions);
        if (coresPerSocket % perSocket != 0) {
            questions.add(coresPerSocket + " cores per socket do not split evenly into " + perSocket
                    + " NUMA nodes per socket: how many cores does each NUMA node have?");
        }
        Quantity memory = memoryPerNuma(s, sockets * perSocket, assumed, questions);
        List<Device> devices = devices(s, sockets, perSocket, questions);
        if (!questions.isEmpty()) {
            return new Resolution(null, assumed, questions);
        }
        return new Resolution(new NodePlan(sockets, perSocket, coresPerSocket, threads, memory, s.hugepagesPerNumaNode(),
                devices), assumed, questions);
    }

    /**
     * Every count said that the shape also gives must agree with it: "2 sockets, 32 cores per socket,
     * 48 cores total" is asked about, not simulated as 64 cores with the 48 dropped.
     */
    private static void disagreements(StatedNode s, int sockets, int perSocket, int coresPerSocket, int threads,
                                      List<String> questions) {
        String shape = sockets + " socket(s) of " + coresPerSocket + " cores";
        if (s.cores() != null && s.cores() != sockets * coresPerSocket) {
            questions.add(shape + " make " + sockets * coresPerSocket + " cores, but " + s.cores()
                    + " cores in all were said: which is it?");
        }
        if (s.cpus() != null && s.cpus() != sockets * coresPerSocket * threads) {
            questions.add(shape + " with " + threads + " thread(s) per core make " + sockets * coresPerSocket * threads
                    + " CPUs, but " + s.cpus() + " CPUs in all were said: which is it?");
        }
        if (coresPerSocket % perSocket == 0) {
            int coresPerNuma = coresPerSocket / perSocket;
            if (s.coresPerNumaNode() != null && s.coresPerNumaNode() != coresPerNuma) {
                questions.add(shape + " with " + perSocket + " NUMA node(s) per socket make " + coresPerNuma
                        + " cores per NUMA node, but " + s.coresPerNumaNode() + " were said: which is it?");
            }
            if (s.cpusPerNumaNode() != null && s.cpusPerNumaNode() != coresPerNuma * threads) {
                questions.add(shape + " with " + perSocket + " NUMA node(s) per socket and " + threads
                        + " thread(s) per core make " + coresPerNuma * threads + " CPUs per NUMA node, but "
                        + s.cpusPerNumaNode() + " were said: which is it?");
            }
        }
    }

    private static Integer derivedThreads(StatedNode s) {
        if (s.cpus() != null && s.cores() != null && s.cores() > 0 && s.cpus() % s.cores() == 0) {
            return s.cpus() / s.cores();
        }
        if (s.cpus() != null && s.coresPerSocket() != null && s.sockets() != null) {
            int cores = s.coresPerSocket() * s.sockets();
            return s.cpus() % cores == 0 ? s.cpus() / cores : null;
        }
        if (s.cpusPerNumaNode() != null && s.coresPerNumaNode() != null && s.cpusPerNumaNode() % s.coresPerNumaNode() == 0) {
            return s.cpusPerNumaNode() / s.coresPerNumaNode();
        }
        return null;
    }

    private static Integer coresPerSocket(StatedNode s, int sockets, int perSocket, int threads, List<String> questions) {
        if (s.coresPerSocket() != null) {
            return s.coresPerSocket();
        }
        if (s.cores() != null) {
            return divide(s.cores(), sockets, "cores", "sockets", questions);
        }
        if (s.coresPerNumaNode() != null) {
            return s.coresPerNumaNode() * perSocket;
        }
        if (s.cpusPerNumaNode() != null) {
            Integer cores = divide(s.cpusPerNumaNode(), threads, "CPUs per NUMA node", "threads per core", questions);
            return cores == null ? null : cores * perSocket;
        }
        if (s.cpus() != null) {
            Integer cores = divide(s.cpus(), threads, "CPUs", "threads per core", questions);
            return cores == null ? null : divide(cores, sockets, "cores", "sockets", questions);
        }
        return null;
    }

    private static Quantity memoryPerNuma(StatedNode s, int numaNodes, List<String> assumed, List<String> questions) {
        if (s.memoryPerNumaNode() != null) {
            return s.memoryPerNumaNode();
        }
        if (s.memory() != null) {
            BigInteger bytes = s.memory().amount().toBigInteger();
            BigInteger[] split = bytes.divideAndRemainder(BigInteger.valueOf(numaNodes));
            if (split[1].signum() != 0) {
                questions.add(s.memory() + " does not split evenly into " + numaNodes + " NUMA nodes: how much is on each?");
                return null;
            }
            Quantity each = Quantity.parse(Bytes.human(split[0].longValueExact()));
            assumed.add("the " + s.memory() + " of memory split evenly: " + each + " per NUMA node");
            return each;
        }
        assumed.add(DEFAULT_MEMORY_PER_NUMA + " of memory per NUMA node, no hugepages (say \"512Gi per NUMA node\" to change)");
        return DEFAULT_MEMORY_PER_NUMA;
    }

    private static List<Device> devices(StatedNode s, int sockets, int perSocket, List<String> questions) {
        List<Device> out = new ArrayList<>();
        Map<String, Integer> next = new TreeMap<>();
        int numaNodes = sockets * perSocket;
        for (StatedDevice d : s.devices()) {
            Integer numa = d.numaNode();
            if (d.socket() != null) {
                if (d.socket() >= sockets) {
                    questions.add("The node has " + sockets + " socket(s), so there is no socket " + d.socket()
                            + " for the " + d.resource() + ": which socket is it on?");
                    continue;
                }
                if (perSocket > 1) {
                    questions.add("Socket " + d.socket() + " holds NUMA nodes " + d.socket() * perSocket + "-"
                            + ((d.socket() + 1) * perSocket - 1) + ": which one is the " + d.resource() + " on?");
                    continue;
                }
                numa = d.socket();
            } else if (!d.noAffinity() && numa == null) {
                questions.add("Which NUMA node is the " + d.resource() + " on? e.g. \"GPU on NUMA 1\" (or \"no NUMA affinity\")");
                continue;
            }
            if (numa != null && numa >= numaNodes) {
                questions.add("The node has NUMA nodes 0-" + (numaNodes - 1) + ", so there is no NUMA " + numa + " for the "
                        + d.resource() + ": which NUMA node is it on?");
                continue;
            }
            for (int i = 0; i < d.count(); i++) {
                int n = next.merge(d.resource(), 1, Integer::sum) - 1;
                out.add(new Device(d.resource(), prefix(d.resource()) + n, numa));
            }
        }
        return out;
    }

    /** GPU-0, NIC-0, DEV-0: the ids {@code /node set} has always given. */
    static String prefix(String resource) {
        if (resource.equals(Lexicon.GPU)) {
            return "GPU-";
        }
        return resource.equals(Lexicon.SRIOV_NIC) ? "NIC-" : "DEV-";
    }

    private static Integer divide(int total, int by, String what, String byWhat, List<String> questions) {
        if (by <= 0 || total % by != 0) {
            questions.add(total + " " + what + " do not divide evenly by " + by + " " + byWhat + ": can you give the count per "
                    + byWhat.replaceAll("s$", "").replace("threads per core", "core") + "?");
            return null;
        }
        return total / by;
    }
}
