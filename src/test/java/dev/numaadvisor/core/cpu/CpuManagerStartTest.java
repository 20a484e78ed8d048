package dev.numaadvisor.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Kubelet start-up through {@link CpuManager#start}: every refusal with the kubelet's own message.
 */
class CpuManagerStartTest {

    static Machine machine(String fixture) {
        CpuTopology t = KubeletFixtures.get(fixture).topology();
        Map<Integer, NumaNode> nodes = new TreeMap<>();
        t.numaNodeIds().forEach(n -> nodes.put(n, new NumaNode(n, 64L << 30, Map.of())));
        return new Machine(t, nodes, Map.of(), List.of());
    }

    /** Two sockets, one NUMA node: more sockets than NUMA nodes. */
    static Machine twoSocketsOneNuma() {
        List<CpuInfo> cpus = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cpus.add(new CpuInfo(i, i, i / 4, 0, i / 4));
        }
        return new Machine(
                new CpuTopology(cpus),
                Map.of(0, new NumaNode(0, 64L << 30, Map.of())),
                Map.of(),
                List.of());
    }

    static KubeletConfig config(
            String policy,
            Map<String, String> options,
            Map<String, Boolean> gates,
            String reservedSystemCpus,
            String kubeReservedCpu,
            String tmPolicy) {
        KubeletConfig d = KubeletConfig.defaults();
        Map<String, Quantity> kube =
                kubeReservedCpu == null ? Map.of() : Map.of("cpu", Quantity.parse(kubeReservedCpu));
        return new KubeletConfig(
                policy,
                options,
                d.memoryManagerPolicy(),
                tmPolicy,
                d.topologyManagerScope(),
                Map.of(),
                reservedSystemCpus,
                kube,
                Map.of(),
                d.evictionHard(),
                List.of(),
                gates,
                d.enforceNodeAllocatable(),
                "",
                "");
    }

    static Stream<Arguments> refusals() {
        Map<String, Boolean> alpha = Map.of("CPUManagerPolicyAlphaOptions", true);
        return Stream.of(
                Arguments.of(
                        "policy name is case-sensitive",
                        config("Static", Map.of(), Map.of(), "", "1", "none"),
                        KubeVersion.NEWEST,
                        "unknown policy: \"Static\"",
                        "NUMA-CPU-001"),
                Arguments.of(
                        "none with options",
                        config(
                                "none",
                                Map.of("full-pcpus-only", "true"),
                                Map.of(),
                                "",
                                null,
                                "none"),
                        KubeVersion.NEWEST,
                        "new none policy error: None policy: received unsupported"
                            + " options=map[full-pcpus-only:true]",
                        "NUMA-CPU-008"),
                Arguments.of(
                        "static without a cpu reservation",
                        config("static", Map.of(), Map.of(), "", null, "none"),
                        KubeVersion.NEWEST,
                        "[cpumanager] unable to determine reserved CPU resources for static policy",
                        "NUMA-CPU-002"),
                Arguments.of(
                        "static with a zero cpu reservation",
                        config("static", Map.of(), Map.of(), "", "0", "none"),
                        KubeVersion.NEWEST,
                        "[cpumanager] unable to determine reserved CPU resources for static policy",
                        "NUMA-CPU-002"),
                Arguments.of(
                        "unknown option",
                        config(
                                "static",
                                Map.of("full-pcpu-only", "true"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: unknown CPU Manager Policy option:"
                            + " \"full-pcpu-only\"",
                        "NUMA-CPU-009"),
                Arguments.of(
                        "alpha option without the gate",
                        config(
                                "static",
                                Map.of("align-by-socket", "true"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: CPU Manager Policy Alpha-level Options not"
                            + " enabled, but option \"align-by-socket\" provided",
                        "NUMA-CPU-010"),
                Arguments.of(
                        "beta option with the beta gate off",
                        config(
                                "static",
                                Map.of("distribute-cpus-across-numa", "true"),
                                Map.of("CPUManagerPolicyBetaOptions", false),
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: CPU Manager Policy Beta-level Options not"
                            + " enabled, but option \"distribute-cpus-across-numa\" provided",
                        "NUMA-CPU-010"),
                Arguments.of(
                        "strict-cpu-reservation was alpha in 1.32",
                        config(
                                "static",
                                Map.of("strict-cpu-reservation", "true"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        new KubeVersion(1, 32),
                        "new static policy error: CPU Manager Policy Alpha-level Options not"
                            + " enabled, but option \"strict-cpu-reservation\" provided",
                        "NUMA-CPU-010"),
                Arguments.of(
                        "option unknown before its release",
                        config(
                                "static",
                                Map.of("distribute-cpus-across-cores", "true"),
                                alpha,
                                "",
                                "1",
                                "none"),
                        new KubeVersion(1, 30),
                        "new static policy error: unknown CPU Manager Policy option:"
                            + " \"distribute-cpus-across-cores\"",
                        "NUMA-CPU-009"),
                Arguments.of(
                        "value is not a Go bool",
                        config(
                                "static",
                                Map.of("full-pcpus-only", "yes"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: bad value for option \"full-pcpus-only\":"
                            + " strconv.ParseBool: parsing \"yes\": invalid syntax",
                        "NUMA-CPU-011"),
                Arguments.of(
                        "full-pcpus-only + distribute-cpus-across-cores",
                        config(
                                "static",
                                Map.of(
                                        "full-pcpus-only",
                                        "true",
                                        "distribute-cpus-across-cores",
                                        "true"),
                                alpha,
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: static policy options full-pcpus-only and"
                                + " distribute-cpus-across-cores can not be used at the same time",
                        "NUMA-CPU-012"),
                Arguments.of(
                        "uncore + distribute-cpus-across-numa",
                        config(
                                "static",
                                Map.of(
                                        "prefer-align-cpus-by-uncorecache",
                                        "true",
                                        "distribute-cpus-across-numa",
                                        "true"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: static policy options"
                            + " prefer-align-cpus-by-uncorecache and distribute-cpus-across-numa"
                            + " can not be used at the same time",
                        "NUMA-CPU-012"),
                Arguments.of(
                        "align-by-socket with single-numa-node",
                        config(
                                "static",
                                Map.of("align-by-socket", "true"),
                                alpha,
                                "",
                                "1",
                                "single-numa-node"),
                        KubeVersion.NEWEST,
                        "new static policy error: Topolgy manager single-numa-node policy is"
                            + " incompatible with CPUManager align-by-socket policy option",
                        "NUMA-CPU-013"),
                Arguments.of(
                        "reserved CPUs outside the machine",
                        config("static", Map.of(), Map.of(), "0-3,200", null, "none"),
                        KubeVersion.NEWEST,
                        "reserved-cpus: 0-3,200 is not a subset of online-cpus: 0-11",
                        "NUMA-CPU-007"),
                Arguments.of(
                        "reservation larger than the machine",
                        config("static", Map.of(), Map.of(), "", "13", "none"),
                        KubeVersion.NEWEST,
                        "new static policy error: [cpumanager] unable to reserve the required"
                            + " amount of CPUs (size of  did not equal 13)",
                        "NUMA-CPU-015"),
                Arguments.of(
                        "options without the umbrella gate (1.22)",
                        config(
                                "static",
                                Map.of("full-pcpus-only", "true"),
                                Map.of(),
                                "",
                                "1",
                                "none"),
                        new KubeVersion(1, 22),
                        "CPU Manager policy options map[full-pcpus-only:true] require feature gates"
                            + " \"CPUManager\", \"CPUManagerPolicyOptions\" enabled",
                        "NUMA-GATE-005"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesToStart(
            String name, KubeletConfig config, KubeVersion version, String message, String rule) {
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () ->
                                CpuManager.start(
                                        machine("topoDualSocketHT"), config, version, null, null));
        assertEquals(message, e.getMessage());
        assertEquals(rule, e.rule());
    }

    @Test
    void alignBySocketNeedsAtLeastAsManyNumaNodesAsSockets() {
        KubeletConfig c =
                config(
                        "static",
                        Map.of("align-by-socket", "true"),
                        Map.of("CPUManagerPolicyAlphaOptions", true),
                        "",
                        "1",
                        "none");
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () ->
                                CpuManager.start(
                                        twoSocketsOneNuma(), c, KubeVersion.NEWEST, null, null));
        assertEquals(
                "new static policy error: Align by socket is not compatible with hardware where"
                    + " number of sockets are more than number of NUMA",
                e.getMessage());
    }

    @Test
    void policyChangeNeedsADrainedNode() {
        CpuManagerCheckpoint none = new CpuManagerCheckpoint("none", CpuSet.empty(), Map.of(), 0);
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () ->
                                CpuManager.start(
                                        machine("topoDualSocketHT"),
                                        config("static", Map.of(), Map.of(), "", "1", "none"),
                                        KubeVersion.NEWEST,
                                        null,
                                        none));
        assertEquals(
                "start cpu manager error: could not restore state from checkpoint: configured"
                    + " policy \"static\" differs from state checkpoint policy \"none\", please"
                    + " drain this node and delete the CPU manager checkpoint file"
                    + " \"/var/lib/kubelet/cpu_manager_state\" before restarting Kubelet",
                e.getMessage());
        assertEquals("NUMA-STATE-001", e.rule());
    }

    @Test
    void wrongChecksumIsACorruptCheckpoint() {
        CpuManagerCheckpoint cp =
                new CpuManagerCheckpoint("static", CpuSet.parse("0-11"), Map.of(), 12345);
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () ->
                                CpuManager.start(
                                        machine("topoDualSocketHT"),
                                        config("static", Map.of(), Map.of(), "", "1", "none"),
                                        KubeVersion.NEWEST,
                                        null,
                                        cp));
        assertEquals(
                "start cpu manager error: could not restore state from checkpoint: checkpoint is"
                    + " corrupted, please drain this node and delete the CPU manager checkpoint"
                    + " file \"/var/lib/kubelet/cpu_manager_state\" before restarting Kubelet",
                e.getMessage());
    }

    @Test
    void rightChecksumIsAccepted() throws KubeletStartError {
        CpuManagerCheckpoint cp =
                new CpuManagerCheckpoint("static", CpuSet.parse("0-11"), Map.of(), 0)
                        .withKubeletChecksum();
        CpuManager m =
                CpuManager.start(
                        machine("topoDualSocketHT"),
                        config("static", Map.of(), Map.of(), "", "1", "none"),
                        KubeVersion.NEWEST,
                        null,
                        cp);
        assertEquals(CpuSet.parse("0-11"), m.sharedPool());
    }

    static Stream<Arguments> reservations() {
        return Stream.of(
                Arguments.of(
                        "2 CPUs from kubeReserved on 8 HT CPUs: both threads of core 0",
                        "topoSingleSocketHT",
                        "",
                        "2",
                        Map.of(),
                        "0,4",
                        "0-7"),
                Arguments.of(
                        "1500m rounds up to 2",
                        "topoDualSocketHT",
                        "",
                        "1500m",
                        Map.of(),
                        "0,6",
                        "0-11"),
                Arguments.of(
                        "reservedSystemCPUs wins over kubeReserved",
                        "topoDualSocketHT",
                        "1,7",
                        "4",
                        Map.of(),
                        "1,7",
                        "0-11"),
                Arguments.of(
                        "strict-cpu-reservation keeps them out of the pool",
                        "topoDualSocketHT",
                        "0-1",
                        null,
                        Map.of("strict-cpu-reservation", "true"),
                        "0-1",
                        "2-11"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reservations")
    void reservedCpus(
            String name,
            String fixture,
            String reservedSystemCpus,
            String kubeReserved,
            Map<String, String> options,
            String reserved,
            String pool)
            throws KubeletStartError {
        CpuManager m =
                CpuManager.start(
                        machine(fixture),
                        config(
                                "static",
                                options,
                                Map.of(),
                                reservedSystemCpus,
                                kubeReserved,
                                "none"),
                        KubeVersion.NEWEST,
                        null,
                        null);
        assertEquals(CpuSet.parse(reserved), m.reserved());
        assertEquals(CpuSet.parse(pool), m.sharedPool());
        assertEquals(m.sharedPool(), m.checkpoint().defaultCpuSet());
    }

    @Test
    void nonePolicySharesEveryCpuAndReservesNone() throws KubeletStartError {
        CpuManager m =
                CpuManager.start(
                        machine("topoDualSocketHT"),
                        KubeletConfig.defaults(),
                        KubeVersion.NEWEST,
                        null,
                        null);
        assertEquals(CpuSet.parse("0-11"), m.sharedPool());
        assertEquals(CpuSet.empty(), m.reserved());
        assertEquals(new CpuManagerCheckpoint("none", CpuSet.empty(), Map.of(), 0), m.checkpoint());
    }
}
