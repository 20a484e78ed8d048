package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A random machine for round-trip tests, numbered by one of the three schemes Linux machines
 * use (spec §13.1), and rendered as {@code lscpu -p}, {@code numactl -H} and a sysfs grep dump.
 */
record RandomMachine(int sockets, int numaPerSocket, int coresPerNuma, int threads, Scheme scheme,
                     List<Long> memoryMib) {
    enum Scheme { SOCKET_BLOCKS_THEN_SIBLINGS, SIBLINGS_ADJACENT, INTERLEAVED_SOCKETS }

    int cores() {
        return sockets * numaPerSocket * coresPerNuma;
    }

    int numaNodes() {
        return sockets * numaPerSocket;
    }

    /** All CPUs, by id: core ids are machine-wide and socket-major. */
    Map<Integer, CpuFact> cpus() {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < cores(); c++) {
            order.add(c);
        }
        int perSocket = numaPerSocket * coresPerNuma;
        if (scheme == Scheme.INTERLEAVED_SOCKETS) {
            order.sort(Comparator.<Integer>comparingInt(c -> c % perSocket).thenComparingInt(c -> c / perSocket));
        }
        Map<Integer, CpuFact> out = new TreeMap<>();
        for (int p = 0; p < order.size(); p++) {
            int core = order.get(p);
            for (int t = 0; t < threads; t++) {
                int id = scheme == Scheme.SIBLINGS_ADJACENT ? p * threads + t : t * cores() + p;
                int socket = core / perSocket;
                int numa = core / coresPerNuma;
                out.put(id, new CpuFact(id, core, socket, numa, socket, "model"));
            }
        }
        return out;
    }

    CpuSet cpusOf(int numa) {
        List<Integer> ids = new ArrayList<>();
        cpus().values().forEach(c -> {
            if (c.numaNode() == numa) {
                ids.add(c.id());
            }
        });
        return CpuSet.of(ids);
    }

    int distance(int a, int b) {
        return a == b ? 10 : a / numaPerSocket == b / numaPerSocket ? 12 : 32;
    }

    String lscpuParsable() {
        StringBuilder sb = new StringBuilder("# The following is the parsable format, which can be fed to other\n"
                + "# programs. Each different item in every column has an unique ID\n# starting from zero.\n"
                + "# CPU,Core,Socket,Node,,L1d,L1i,L2,L3\n");
        for (CpuFact c : cpus().values()) {
            sb.append(c.id()).append(',').append(c.core()).append(',').append(c.socket()).append(',')
                    .append(c.numaNode()).append(",,").append(c.core()).append(',').append(c.core()).append(',')
                    .append(c.core()).append(',').append(c.uncoreCache()).append('\n');
        }
        return sb.toString();
    }

    String numactl() {
        StringBuilder sb = new StringBuilder("available: " + numaNodes() + " nodes (0-" + (numaNodes() - 1) + ")\n");
        for (int n = 0; n < numaNodes(); n++) {
            List<String> ids = new ArrayList<>();
            cpusOf(n).stream().forEach(i -> ids.add(Integer.toString(i)));
            sb.append("node ").append(n).append(" cpus: ").append(String.join(" ", ids)).append('\n');
            sb.append("node ").append(n).append(" size: ").append(memoryMib.get(n)).append(" MB\n");
            sb.append("node ").append(n).append(" free: ").append(memoryMib.get(n) / 2).append(" MB\n");
        }
        sb.append("node distances:\nnode ");
        for (int n = 0; n < numaNodes(); n++) {
            sb.append(String.format("%3d ", n));
        }
        sb.append('\n');
        for (int a = 0; a < numaNodes(); a++) {
            sb.append(String.format("%3d: ", a));
            for (int b = 0; b < numaNodes(); b++) {
                sb.append(String.format("%3d ", distance(a, b)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code grep -H ""} over the files, in grep's lexicographic path order. */
    String sysfsDump() {
        TreeMap<String, String> files = new TreeMap<>();
        String sys = "/sys/devices/system/";
        for (CpuFact c : cpus().values()) {
            String t = sys + "cpu/cpu" + c.id() + "/topology/";
            files.put(t + "physical_package_id", Integer.toString(c.socket()));
            files.put(t + "core_id", Integer.toString(c.core() % (numaPerSocket * coresPerNuma)));
            List<Integer> siblings = new ArrayList<>();
            cpus().values().forEach(o -> {
                if (o.core().equals(c.core())) {
                    siblings.add(o.id());
                }
            });
            files.put(t + "thread_siblings_list", CpuSet.of(siblings).toString());
        }
        for (int n = 0; n < numaNodes(); n++) {
            String d = sys + "node/node" + n + "/";
            files.put(d + "cpulist", cpusOf(n).toString());
            List<String> row = new ArrayList<>();
            for (int b = 0; b < numaNodes(); b++) {
                row.add(Integer.toString(distance(n, b)));
            }
            files.put(d + "distance", String.join(" ", row));
            files.put(d + "meminfo", "Node " + n + " MemTotal:       " + memoryMib.get(n) * 1024 + " kB\n"
                    + "Node " + n + " MemFree:        " + memoryMib.get(n) * 512 + " kB");
        }
        StringBuilder sb = new StringBuilder();
        files.forEach((path, content) -> {
            for (String line : content.split("\n")) {
                sb.append(path).append(':').append(line).append('\n');
            }
        });
        return sb.toString();
    }
}
