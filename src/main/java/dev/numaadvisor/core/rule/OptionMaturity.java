package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.config.KubeVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maturity of each CPU and Topology Manager policy option per release (RULES.md §1 and §10.8).
 * Minor versions of 1.x; 0 means "not yet".
 */
public final class OptionMaturity {
    public enum Level { UNAVAILABLE, ALPHA, BETA, GA }

    private record Option(String name, int alpha, int beta, int ga) {
    }

    public static final String FULL_PCPUS_ONLY = "full-pcpus-only";
    public static final String DISTRIBUTE_CPUS_ACROSS_NUMA = "distribute-cpus-across-numa";
    public static final String ALIGN_BY_SOCKET = "align-by-socket";
    public static final String DISTRIBUTE_CPUS_ACROSS_CORES = "distribute-cpus-across-cores";
    public static final String STRICT_CPU_RESERVATION = "strict-cpu-reservation";
    public static final String PREFER_ALIGN_CPUS_BY_UNCORECACHE = "prefer-align-cpus-by-uncorecache";
    public static final String PREFER_CLOSEST_NUMA_NODES = "prefer-closest-numa-nodes";
    public static final String MAX_ALLOWABLE_NUMA_NODES = "max-allowable-numa-nodes";

    private static final Map<String, Option> CPU = index(List.of(
            new Option(FULL_PCPUS_ONLY, 22, 23, 33),
            new Option(DISTRIBUTE_CPUS_ACROSS_NUMA, 23, 33, 0),
            new Option(ALIGN_BY_SOCKET, 25, 0, 0),
            new Option(DISTRIBUTE_CPUS_ACROSS_CORES, 31, 0, 0),
            new Option(STRICT_CPU_RESERVATION, 32, 33, 35),
            new Option(PREFER_ALIGN_CPUS_BY_UNCORECACHE, 32, 34, 36)));
    private static final Map<String, Option> TOPOLOGY = index(List.of(
            new Option(PREFER_CLOSEST_NUMA_NODES, 26, 28, 32),
            // Released as beta in 1.31 (docs); briefly alpha during development.
            new Option(MAX_ALLOWABLE_NUMA_NODES, 31, 31, 35)));

    private OptionMaturity() {
    }

    private static Map<String, Option> index(List<Option> options) {
        Map<String, Option> m = new TreeMap<>();
        options.forEach(o -> m.put(o.name(), o));
        return m;
    }

    public static Level cpuOption(String name, KubeVersion v) {
        return level(CPU.get(name), v);
    }

    public static Level topologyOption(String name, KubeVersion v) {
        return level(TOPOLOGY.get(name), v);
    }

    public static List<String> cpuOptionNames() {
        return List.copyOf(CPU.keySet());
    }

    public static List<String> topologyOptionNames() {
        return List.copyOf(TOPOLOGY.keySet());
    }

    private static Level level(Option o, KubeVersion v) {
        int m = v.minor();
        if (o == null || m < o.alpha()) {
            return Level.UNAVAILABLE;
        }
        if (o.ga() != 0 && m >= o.ga()) {
            return Level.GA;
        }
        return o.beta() != 0 && m >= o.beta() ? Level.BETA : Level.ALPHA;
    }

    /** Go's strconv.ParseBool: the only spellings the kubelet accepts, or null when none matches. */
    public static Boolean parseBool(String text) {
        switch (text) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
                return Boolean.TRUE;
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
