package dev.numaadvisor.core.cpu;

import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.ALIGN_BY_SOCKET;
import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.DISTRIBUTE_CPUS_ACROSS_CORES;
import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.DISTRIBUTE_CPUS_ACROSS_NUMA;
import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.FULL_PCPUS_ONLY;
import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.PREFER_ALIGN_CPUS_BY_UNCORECACHE;
import static dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.STRICT_CPU_RESERVATION;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.cpu.CpuPolicyOptionCatalog.Maturity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parsed {@code cpuManagerPolicyOptions} of the static policy ({@code StaticPolicyOptions}).
 * {@link #parse} fails exactly where the kubelet's {@code NewStaticPolicyOptions} does, with its
 * messages; options are checked in name order (the kubelet walks a Go map, whose order is random).
 */
public record StaticPolicyOptions(
        boolean fullPhysicalCpusOnly,
        boolean distributeCpusAcrossNuma,
        boolean alignBySocket,
        boolean distributeCpusAcrossCores,
        boolean strictCpuReservation,
        boolean preferAlignByUncoreCache) {

    public static final StaticPolicyOptions NONE =
            new StaticPolicyOptions(false, false, false, false, false, false);

    static final String UNKNOWN_OPTION = "unknown CPU Manager Policy option: %s";
    static final String ALPHA_NOT_ENABLED =
            "CPU Manager Policy Alpha-level Options not enabled, but option %s provided";
    static final String BETA_NOT_ENABLED =
            "CPU Manager Policy Beta-level Options not enabled, but option %s provided";
    static final String BAD_VALUE =
            "bad value for option %s: strconv.ParseBool: parsing %s: invalid syntax";
    static final String INCOMPATIBLE =
            "static policy options %s and %s can not be used at the same time";

    /**
     * {@code CheckPolicyOptionAvailable} then {@code strconv.ParseBool} for every option, then the
     * pairs.
     */
    public static StaticPolicyOptions parse(
            Map<String, String> options, Map<String, Boolean> featureGates, KubeVersion version)
            throws KubeletStartError {
        Map<String, Boolean> values = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(options).entrySet()) {
            checkAvailable(e.getKey(), featureGates, version);
            Boolean b = GoStrings.parseBool(e.getValue());
            if (b == null) {
                throw new KubeletStartError(
                        String.format(
                                BAD_VALUE,
                                GoStrings.quote(e.getKey()),
                                GoStrings.quote(e.getValue())),
                        "NUMA-CPU-011");
            }
            values.put(e.getKey(), b);
        }
        StaticPolicyOptions o =
                new StaticPolicyOptions(
                        values.getOrDefault(FULL_PCPUS_ONLY, false),
                        values.getOrDefault(DISTRIBUTE_CPUS_ACROSS_NUMA, false),
                        values.getOrDefault(ALIGN_BY_SOCKET, false),
                        values.getOrDefault(DISTRIBUTE_CPUS_ACROSS_CORES, false),
                        values.getOrDefault(STRICT_CPU_RESERVATION, false),
                        values.getOrDefault(PREFER_ALIGN_CPUS_BY_UNCORECACHE, false));
        o.checkPairs();
        return o;
    }

    private static void checkAvailable(String name, Map<String, Boolean> gates, KubeVersion version)
            throws KubeletStartError {
        Maturity m = CpuPolicyOptionCatalog.maturity(name, version);
        if (m == null) {
            throw new KubeletStartError(
                    String.format(UNKNOWN_OPTION, GoStrings.quote(name)), "NUMA-CPU-009");
        }
        // 1.22 had no per-level gates: the umbrella gate CPUManagerPolicyOptions covered
        // everything.
        if (!version.atLeast(1, 23)) {
            return;
        }
        if (m == Maturity.ALPHA
                && !CpuPolicyOptionCatalog.gateEnabled(
                        CpuPolicyOptionCatalog.GATE_ALPHA_OPTIONS, gates, version)) {
            throw new KubeletStartError(
                    String.format(ALPHA_NOT_ENABLED, GoStrings.quote(name)), "NUMA-CPU-010");
        }
        if (m == Maturity.BETA
                && !CpuPolicyOptionCatalog.gateEnabled(
                        CpuPolicyOptionCatalog.GATE_BETA_OPTIONS, gates, version)) {
            throw new KubeletStartError(
                    String.format(BETA_NOT_ENABLED, GoStrings.quote(name)), "NUMA-CPU-010");
        }
    }

    /** The pairs {@code NewStaticPolicyOptions} refuses, in the kubelet's order. */
    private void checkPairs() throws KubeletStartError {
        if (fullPhysicalCpusOnly && distributeCpusAcrossCores) {
            throw incompatible(FULL_PCPUS_ONLY, DISTRIBUTE_CPUS_ACROSS_CORES);
        }
        if (distributeCpusAcrossNuma && distributeCpusAcrossCores) {
            throw incompatible(DISTRIBUTE_CPUS_ACROSS_NUMA, DISTRIBUTE_CPUS_ACROSS_CORES);
        }
        if (preferAlignByUncoreCache && distributeCpusAcrossCores) {
            throw incompatible(PREFER_ALIGN_CPUS_BY_UNCORECACHE, DISTRIBUTE_CPUS_ACROSS_CORES);
        }
        if (preferAlignByUncoreCache && distributeCpusAcrossNuma) {
            throw incompatible(PREFER_ALIGN_CPUS_BY_UNCORECACHE, DISTRIBUTE_CPUS_ACROSS_NUMA);
        }
    }

    private static KubeletStartError incompatible(String a, String b) {
        return new KubeletStartError(String.format(INCOMPATIBLE, a, b), "NUMA-CPU-012");
    }

    /** The sorting strategy these options select. */
    public CpuSortingStrategy sortingStrategy() {
        return distributeCpusAcrossCores ? CpuSortingStrategy.SPREAD : CpuSortingStrategy.PACKED;
    }
}
