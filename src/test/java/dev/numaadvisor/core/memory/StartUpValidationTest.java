package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryFixtures.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kubelet's start-up checks of the Memory Manager, with its exact messages and our rule ids.
 */
class StartUpValidationTest {
    private static final KubeVersion V135 = KubeVersion.NEWEST;
    private static final Machine TWO_NODES = machine(2, 10 * GI, 5 * GI);
    private static final Map<String, String> NO_EVICTION = Map.of("memory.available", "0%");

    record Case(
            String name,
            Machine machine,
            KubeletConfig config,
            KubeVersion version,
            MemoryManagerCheckpoint checkpoint,
            String message,
            String rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> failures() {
        return Stream.of(
                new Case(
                        "policy name is case-sensitive",
                        TWO_NODES,
                        config("static", List.of(), Map.of(), Map.of(), null),
                        V135,
                        null,
                        "unknown policy: \"static\"",
                        "NUMA-MEM-001"),
                new Case(
                        "BestEffort is Windows-only",
                        TWO_NODES,
                        config("BestEffort", List.of(), Map.of(), Map.of(), null),
                        V135,
                        null,
                        "policy \"BestEffort\" is not available for platform \"linux\"",
                        "NUMA-MEM-001"),
                new Case(
                        "BestEffort is unknown before 1.32",
                        TWO_NODES,
                        config("BestEffort", List.of(), Map.of(), Map.of(), null),
                        new KubeVersion(1, 31),
                        null,
                        "unknown policy: \"BestEffort\"",
                        "NUMA-MEM-001"),
                new Case(
                        "reservedMemory names a missing NUMA node",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "12"), reserved(2, "memory", "5")),
                                q("memory", "17"),
                                Map.of(),
                                NO_EVICTION),
                        V135,
                        null,
                        "the reserved memory configuration references a NUMA node 2 that "
                                + "does not exist on this machine",
                        "NUMA-MEM-005"),
                new Case(
                        "default eviction threshold forgotten",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "1Gi")),
                                q("memory", "1Gi"),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "the total amount \"1Gi\" of type \"memory\" is not equal to the value"
                                + " \"1124Mi\" determined by Node Allocatable feature",
                        "NUMA-MEM-002"),
                new Case(
                        "no reservedMemory at all",
                        TWO_NODES,
                        config("Static", List.of(), Map.of(), Map.of(), null),
                        V135,
                        null,
                        "the total amount \"0\" of type \"memory\" is not equal to the value"
                                + " \"100Mi\" determined by Node Allocatable feature",
                        "NUMA-MEM-003"),
                new Case(
                        "reservation without Node Allocatable",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "12")),
                                Map.of(),
                                Map.of(),
                                NO_EVICTION),
                        V135,
                        null,
                        "the total amount \"12\" of type \"memory\" is not equal to the value \"0\""
                                + " determined by Node Allocatable feature",
                        "NUMA-MEM-002"),
                new Case(
                        "hugepages can never be matched",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "1Gi", "hugepages-1Gi", "1Gi")),
                                q("memory", "924Mi"),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "the total amount \"1Gi\" of type \"hugepages-1Gi\" is not equal to the "
                                + "value \"0\" determined by Node Allocatable feature",
                        "NUMA-MEM-004"),
                new Case(
                        "real log: kube + system + eviction",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(
                                        reserved(0, "memory", "8274Mi"),
                                        reserved(1, "memory", "8274Mi")),
                                q("cpu", "2", "memory", "4Gi"),
                                q("cpu", "2", "memory", "12Gi"),
                                null),
                        V135,
                        null,
                        "the total amount \"16548Mi\" of type \"memory\" is not equal to the value"
                                + " \"16484Mi\" determined by Node Allocatable feature",
                        "NUMA-MEM-002"),
                new Case(
                        "decimal systemReserved prints decimal",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "1Gi")),
                                q("memory", "1G"),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "the total amount \"1Gi\" of type \"memory\" is not equal to the value"
                                + " \"1104857600\" determined by Node Allocatable feature",
                        "NUMA-MEM-002"),
                new Case(
                        "percentage eviction of machine memory",
                        machine(2, 8 * GI, -1),
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "1Gi")),
                                Map.of(),
                                Map.of(),
                                Map.of("memory.available", "10%")),
                        V135,
                        null,
                        "the total amount \"1Gi\" of type \"memory\" is not equal to the value "
                                + "\"1717986944\" determined by Node Allocatable feature",
                        "NUMA-MEM-002"),
                new Case(
                        "nothing reserved at all",
                        TWO_NODES,
                        config("Static", List.of(), Map.of(), Map.of(), NO_EVICTION),
                        V135,
                        null,
                        "[memorymanager] you should specify the system reserved memory",
                        "NUMA-MEM-003"),
                new Case(
                        "fractional byte reservation",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(reserved(0, "memory", "1.5")),
                                q("memory", "1.5"),
                                Map.of(),
                                NO_EVICTION),
                        V135,
                        null,
                        "could not covert a variable of type Quantity to int64",
                        "NUMA-MEM-002"),
                new Case(
                        "unsupported reservedMemory resource",
                        TWO_NODES,
                        config("None", List.of(reserved(0, "cpu", "1")), Map.of(), Map.of(), null),
                        V135,
                        null,
                        "invalid configuration: the limit type \"cpu\" for NUMA node 0 is not"
                                + " supported, only [memory hugepages-<HugePageSize>] is accepted",
                        "NUMA-MEM-006"),
                new Case(
                        "zero reservedMemory",
                        TWO_NODES,
                        config(
                                "None",
                                List.of(reserved(1, "memory", "0")),
                                Map.of(),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "invalid configuration: reserved memory may not be "
                                + "zero for NUMA node 1 and resource \"memory\"",
                        "NUMA-MEM-007"),
                new Case(
                        "duplicate reservedMemory",
                        TWO_NODES,
                        config(
                                "None",
                                List.of(reserved(0, "memory", "1Gi"), reserved(0, "memory", "2Gi")),
                                Map.of(),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "invalid configuration: the reserved memory has a duplicate value for NUMA"
                                + " node 0 and resource \"memory\"",
                        "NUMA-MEM-008"),
                new Case(
                        "checkpoint of another policy",
                        TWO_NODES,
                        staticConfig(2, 512),
                        V135,
                        MemoryManagerCheckpoint.empty("None"),
                        "start memory manager error: could not restore state from checkpoint:"
                            + " [memorymanager] configured policy \"Static\" differs from state"
                            + " checkpoint policy \"None\", please drain this node and delete the"
                            + " memory manager checkpoint file"
                            + " \"/var/lib/kubelet/memory_manager_state\" before restarting"
                            + " Kubelet",
                        "NUMA-STATE-002"),
                new Case(
                        "empty machine state with blocks",
                        TWO_NODES,
                        staticConfig(2, 512),
                        V135,
                        new MemoryManagerCheckpoint(
                                "Static",
                                Map.of(),
                                Map.of(
                                        "pod",
                                        Map.of(
                                                "c",
                                                List.of(
                                                        new MemoryBlock(
                                                                List.of(0), "memory", 512 * MI)))),
                                0),
                        "start memory manager error: [memorymanager] machine state can not be empty"
                                + " when it has memory assignments",
                        "NUMA-STATE-004"),
                new Case(
                        "block on a missing NUMA node",
                        machine(1, 2 * GI, GI),
                        staticConfig(1, 512),
                        V135,
                        defaultsWith(
                                machine(1, 2 * GI, GI),
                                staticConfig(1, 512),
                                "pod1",
                                "container1",
                                new MemoryBlock(List.of(1), "memory", GI)),
                        "start memory manager error: [memorymanager] (pod: pod1, container:"
                                + " container1) the memory assignment uses the NUMA that does not"
                                + " exist",
                        "NUMA-STATE-004"),
                new Case(
                        "block of a missing resource",
                        machine(1, 2 * GI, GI),
                        staticConfig(1, 512),
                        V135,
                        defaultsWith(
                                machine(1, 2 * GI, GI),
                                staticConfig(1, 512),
                                "pod1",
                                "container1",
                                new MemoryBlock(List.of(0), "hugepages-2Mi", 2 * MI)),
                        "start memory manager error: [memorymanager] (pod: pod1, container:"
                            + " container1) the memory assignment uses memory resource that does"
                            + " not exist",
                        "NUMA-STATE-004"),
                new Case(
                        "machine grew since the checkpoint",
                        machine(1, 3 * GI, GI),
                        staticConfig(1, 512),
                        V135,
                        defaultsWith(
                                machine(1, 2 * GI, GI), staticConfig(1, 512), null, null, null),
                        "start memory manager error: [memorymanager] the expected machine state is"
                                + " different from the real one",
                        "NUMA-STATE-004"));
    }

    /**
     * A valid checkpoint for {@code m}/{@code c}, with one extra block recorded but not reserved.
     */
    private static MemoryManagerCheckpoint defaultsWith(
            Machine m, KubeletConfig c, String pod, String container, MemoryBlock block) {
        try {
            MemoryManagerCheckpoint base = MemoryManager.start(m, c, V135, null, null).checkpoint();
            if (block == null) {
                return base;
            }
            return new MemoryManagerCheckpoint(
                    "Static",
                    base.machineState(),
                    Map.of(pod, Map.of(container, List.of(block))),
                    0);
        } catch (KubeletStartError e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void kubeletRefusesToStart(Case c) {
        KubeletStartError e =
                assertThrows(
                        KubeletStartError.class,
                        () ->
                                MemoryManager.start(
                                        c.machine(),
                                        c.config(),
                                        c.version(),
                                        null,
                                        c.checkpoint()));
        assertEquals(c.message(), e.getMessage());
        assertEquals(c.rule(), e.rule());
    }

    static Stream<Case> successes() {
        return Stream.of(
                new Case(
                        "docs example 4Gi + 1Gi + 100Mi = 3Gi + 2148Mi",
                        TWO_NODES,
                        config(
                                "Static",
                                List.of(
                                        reserved(0, "memory", "3Gi"),
                                        reserved(1, "memory", "2148Mi")),
                                q("cpu", "1", "memory", "1Gi"),
                                q("cpu", "1", "memory", "4Gi"),
                                Map.of("memory.available", "100Mi")),
                        V135,
                        null,
                        "Static",
                        null),
                new Case(
                        "None ignores reservedMemory sums",
                        TWO_NODES,
                        config(
                                "None",
                                List.of(reserved(0, "memory", "3Gi")),
                                Map.of(),
                                Map.of(),
                                null),
                        V135,
                        null,
                        "None",
                        null),
                new Case(
                        "gate off before 1.32 means no manager",
                        TWO_NODES,
                        gateOff(config("bogus", List.of(), Map.of(), Map.of(), null)),
                        new KubeVersion(1, 31),
                        null,
                        "None",
                        null),
                new Case(
                        "checkpoint that matches",
                        machine(1, 2 * GI, GI),
                        staticConfig(1, 512),
                        V135,
                        defaultsWith(
                                machine(1, 2 * GI, GI), staticConfig(1, 512), null, null, null),
                        "Static",
                        null));
    }

    private static KubeletConfig gateOff(KubeletConfig c) {
        return new KubeletConfig(
                c.cpuManagerPolicy(),
                c.cpuManagerPolicyOptions(),
                c.memoryManagerPolicy(),
                c.topologyManagerPolicy(),
                c.topologyManagerScope(),
                c.topologyManagerPolicyOptions(),
                c.reservedSystemCPUs(),
                c.kubeReserved(),
                c.systemReserved(),
                c.evictionHard(),
                c.reservedMemory(),
                Map.of("MemoryManager", false),
                c.enforceNodeAllocatable(),
                c.systemReservedCgroup(),
                c.kubeReservedCgroup());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successes")
    void kubeletStarts(Case c) throws KubeletStartError {
        MemoryManager m =
                MemoryManager.start(c.machine(), c.config(), c.version(), null, c.checkpoint());
        assertEquals(c.message(), m.policyName());
        assertEquals(c.message(), m.checkpoint().policyName());
    }

    @org.junit.jupiter.api.Test
    void aCheckpointWithTheKubeletsChecksumStarts() throws KubeletStartError {
        Machine m = machine(1, 2 * GI, GI);
        MemoryManagerCheckpoint fresh =
                MemoryManager.start(m, staticConfig(1, 512), V135, null, null).checkpoint();
        MemoryManagerCheckpoint signed =
                new MemoryManagerCheckpoint(
                        fresh.policyName(),
                        fresh.machineState(),
                        fresh.entries(),
                        MemoryCheckpointChecksum.of(fresh));
        assertEquals(
                fresh.machineState(),
                MemoryManager.start(m, staticConfig(1, 512), V135, null, signed)
                        .checkpoint()
                        .machineState());
        MemoryManagerCheckpoint wrong =
                new MemoryManagerCheckpoint(
                        fresh.policyName(),
                        fresh.machineState(),
                        fresh.entries(),
                        signed.checksum() ^ 1);
        assertThrows(
                KubeletStartError.class,
                () -> MemoryManager.start(m, staticConfig(1, 512), V135, null, wrong));
    }
}
