package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.config.KubeVersion;

import java.util.List;
import java.util.Map;

/**
 * The static policy's option names and their maturity per release, and the feature gates that admit
 * them ({@code policy_options.go}; releases from spec/RULES.md §1).
 */
public final class CpuPolicyOptionCatalog {
    public static final String FULL_PCPUS_ONLY = "full-pcpus-only";
    public static final String DISTRIBUTE_CPUS_ACROSS_NUMA = "distribute-cpus-across-numa";
    public static final String ALIGN_BY_SOCKET = "align-by-socket";
    public static final String DISTRIBUTE_CPUS_ACROSS_CORES = "distribute-cpus-across-cores";
    public static final String STRICT_CPU_RESERVATION = "strict-cpu-reservation";
    public static final String PREFER_ALIGN_CPUS_BY_UNCORECACHE =
            "prefer-align-cpus-by-uncorecache";

    public static final String GATE_ALPHA_OPTIONS = "CPUManagerPolicyAlphaOptions";
    public static final String GATE_BETA_OPTIONS = "CPUManagerPolicyBetaOptions";
    public static final String GATE_POLICY_OPTIONS = "CPUManagerPolicyOptions";

    /** How far an option has come in a given release. */
    public enum Maturity {
        ALPHA,
        BETA,
        GA
    }

    /**
     * One option: the release that introduced it (alpha), turned it beta and GA (null = not yet).
     */
    record Option(String name, KubeVersion alpha, KubeVersion beta, KubeVersion ga) {
        Maturity at(KubeVersion v) {
            if (v.compareTo(alpha) < 0) {
                return null;
            }
            if (ga != null && v.compareTo(ga) >= 0) {
                return Maturity.GA;
            }
            if (beta != null && v.compareTo(beta) >= 0) {
                return Maturity.BETA;
            }
            return Maturity.ALPHA;
        }
    }

    private static final List<Option> OPTIONS =
            List.of(
                    new Option(FULL_PCPUS_ONLY, v(22), v(23), v(33)),
                    new Option(DISTRIBUTE_CPUS_ACROSS_NUMA, v(23), v(33), null),
                    new Option(ALIGN_BY_SOCKET, v(25), null, null),
                    new Option(DISTRIBUTE_CPUS_ACROSS_CORES, v(31), null, null),
                    new Option(STRICT_CPU_RESERVATION, v(32), v(33), v(35)),
                    new Option(PREFER_ALIGN_CPUS_BY_UNCORECACHE, v(32), v(34), v(36)));

    private CpuPolicyOptionCatalog() {}

    private static KubeVersion v(int minor) {
        return new KubeVersion(1, minor);
    }

    /** The option's maturity in {@code version}, or null when that release does not know it. */
    public static Maturity maturity(String option, KubeVersion version) {
        for (Option o : OPTIONS) {
            if (o.name().equals(option)) {
                return o.at(version);
            }
        }
        return null;
    }

    /**
     * Whether a gate is on: the config's value when set, else the release's default (alpha options
     * off; beta options on from 1.23; the umbrella gate on from 1.23).
     */
    public static boolean gateEnabled(
            String gate, Map<String, Boolean> featureGates, KubeVersion version) {
        Boolean set = featureGates.get(gate);
        if (set != null) {
            return set;
        }
        if (GATE_ALPHA_OPTIONS.equals(gate)) {
            return false;
        }
        return version.atLeast(1, 23);
    }
}
