package dev.numaadvisor.app.session;

import dev.numaadvisor.app.understand.ResolveNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.CompactTopology;

/**
 * Reads the summary form of {@code lscpu} (Socket(s), Core(s) per socket, Thread(s) per core,
 * NUMA node(s)) into a compact topology. The per-CPU form ({@code lscpu -p}) is the importers'
 * job; this is enough for the common paste.
 */
final class Lscpu {
    private Lscpu() {
    }

    static boolean looksLikeLscpu(String text) {
        return text.contains("Core(s) per socket:") || text.contains("Socket(s):");
    }

    static CompactTopology topology(String text) {
        int sockets = field(text, "Socket(s):");
        int cores = field(text, "Core(s) per socket:");
        int threads = field(text, "Thread(s) per core:");
        int numa = field(text, "NUMA node(s):");
        if (sockets <= 0 || cores <= 0) {
            throw new IllegalArgumentException("lscpu paste needs both \"Socket(s):\" and \"Core(s) per socket:\" "
                    + "(line " + (firstLineMissing(text) + 1) + ")");
        }
        int perSocket = numa > 0 && numa % sockets == 0 ? numa / sockets : 1;
        return CompactTopology.of(sockets, perSocket, cores, threads > 0 ? threads : 1,
                ResolveNode.DEFAULT_MEMORY_PER_NUMA);
    }

    /**
     * What the paste did not say and {@link #topology} filled in, as one sentence (never empty:
     * lscpu never shows memory); the user must not take a default for a reading.
     */
    static String assumed(String text, CompactTopology read) {
        String memory = read.memoryPerNumaNode() == null ? "no memory" : read.memoryPerNumaNode().text();
        String numa = field(text, "NUMA node(s):") > 0 ? ""
                : " and " + read.numaNodesPerSocket() + " NUMA node(s) per socket (no \"NUMA node(s):\" line)";
        String shape = read.sockets() + "x" + read.coresPerSocket() + "x" + read.threadsPerCore();
        return "assumed, not read (lscpu does not show memory): " + memory + " per NUMA node" + numa
                + "; say the real size with /node set " + shape + (read.numaNodesPerSocket() > 1
                        ? " nps=" + read.numaNodesPerSocket() : "") + " mem=SIZE";
    }

    private static int field(String text, String key) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith(key)) {
                try {
                    return Integer.parseInt(l.substring(key.length()).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cannot read \"" + l + "\" as a number");
                }
            }
        }
        return -1;
    }

    private static int firstLineMissing(String text) {
        return text.split("\n").length;
    }
}
