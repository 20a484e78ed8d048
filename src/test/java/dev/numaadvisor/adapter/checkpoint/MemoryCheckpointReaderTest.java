package dev.numaadvisor.adapter.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.memory.MemoryBlock;
import dev.numaadvisor.core.memory.MemoryManager;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryTable;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.problem.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

class MemoryCheckpointReaderTest {
    private static final String FIXTURE = "memory_manager_state-static-2numa.json";

    private static String fixture() throws IOException {
        return Files.readString(
                Path.of("src/test/resources/fixtures/kubelet-state/" + FIXTURE),
                StandardCharsets.UTF_8);
    }

    @Test
    void readsTheRealKubeletFile() throws IOException {
        MemoryManagerCheckpoint c = MemoryCheckpointReader.readFile(FIXTURE, fixture());
        assertEquals("Static", c.policyName());
        assertEquals(4142013182L, c.checksum());
        assertEquals(List.of(0, 1), c.machineState().get(1).cells());
        assertEquals(
                new MemoryTable(
                        135286722560L, 2252341248L, 133034381312L, 29295144960L, 103739236352L),
                c.machineState().get(1).memoryMap().get("memory"));
        assertEquals(
                List.of(new MemoryBlock(List.of(0, 1), "memory", 161061273600L)),
                c.entries().get("fa9bdd38-6df9-4cf9-aa67-8c4814da37a8").get("guaranteed"));
    }

    /**
     * The docs' file with the docs' reservation (3Gi + 2148Mi): its machine state is what its block
     * gives. Its checksum was written by an older kubelet (the field was then "nodes", not
     * "cells"), so a 1.35 kubelet calls the file corrupted; with checksum 0 (not verified) it
     * starts.
     */
    @Test
    void theRealFileMatchesItsMachine() throws IOException, KubeletStartError {
        MemoryManagerCheckpoint read = MemoryCheckpointReader.readFile(FIXTURE, fixture());
        MemoryManagerCheckpoint c =
                new MemoryManagerCheckpoint(
                        read.policyName(), read.machineState(), read.entries(), 0);
        Machine m =
                new Machine(
                        new CpuTopology(
                                List.of(new CpuInfo(0, 0, 0, 0, 0), new CpuInfo(1, 1, 1, 1, 1))),
                        Map.of(
                                0,
                                new NumaNode(0, 134987354112L, Map.of("hugepages-1Gi", 0L)),
                                1,
                                new NumaNode(1, 135286722560L, Map.of("hugepages-1Gi", 0L))),
                        Map.of(),
                        List.of());
        KubeletConfig d = KubeletConfig.defaults();
        KubeletConfig config =
                new KubeletConfig(
                        d.cpuManagerPolicy(),
                        d.cpuManagerPolicyOptions(),
                        "Static",
                        d.topologyManagerPolicy(),
                        d.topologyManagerScope(),
                        d.topologyManagerPolicyOptions(),
                        "",
                        Map.of("memory", Quantity.parse("4Gi")),
                        Map.of("memory", Quantity.parse("1Gi")),
                        Map.of("memory.available", "100Mi"),
                        List.of(
                                new ReservedMemory(0, Map.of("memory", Quantity.parse("3Gi"))),
                                new ReservedMemory(1, Map.of("memory", Quantity.parse("2148Mi")))),
                        Map.of(),
                        List.of("pods"),
                        "",
                        "");
        KubeletStartError corrupted =
                assertThrows(
                        KubeletStartError.class,
                        () -> MemoryManager.start(m, config, KubeVersion.NEWEST, null, read));
        assertEquals(
                "start memory manager error: could not restore state from checkpoint: checkpoint is"
                    + " corrupted, please drain this node and delete the memory manager checkpoint"
                    + " file \"/var/lib/kubelet/memory_manager_state\" before restarting Kubelet",
                corrupted.getMessage());
        MemoryManager mm = MemoryManager.start(m, config, KubeVersion.NEWEST, null, c);
        assertEquals(c.machineState(), mm.checkpoint().machineState());
        assertEquals(
                List.of(0, 1),
                mm.assigned("fa9bdd38-6df9-4cf9-aa67-8c4814da37a8", "guaranteed").numaNodes());
    }

    record Bad(String name, String text, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> problems() {
        return Stream.of(
                new Bad(
                        "unknown field with a suggestion",
                        "policyName: Static\nmachineState:\n  '0':\n"
                                + "    memoryMap:\n      memory: {total: 1, frees: 2}\n",
                        "machineState.0.memoryMap.memory.frees: unknown field \"frees\": not a"
                                + " field here (f.yaml:5:26)"),
                new Bad(
                        "negative bytes",
                        "policyName: Static\nentries:\n  pod:\n    c:\n"
                                + "    - {numaAffinity: [0], type: memory, size: -1}\n",
                        "entries.pod.c[0].size: invalid value \"-1\": expected bytes (uint64)"
                                + " (f.yaml:5:47)"),
                new Bad(
                        "machine state key that is not a NUMA id",
                        "policyName: Static\nmachineState:\n  x: {}\n",
                        "machineState.x: invalid value \"x\": a machineState key must be a NUMA"
                                + " node id 0-63 (f.yaml:3:6)"),
                new Bad(
                        "policy name is required",
                        "machineState: {}\n",
                        "policyName: required value: this field is required (f.yaml:1:1)"),
                new Bad(
                        "checksum is a uint32",
                        "policyName: Static\nchecksum: 4294967296\n",
                        "checksum: invalid value \"4294967296\": expected a checksum (uint32)"
                                + " (f.yaml:2:11)"),
                new Bad(
                        "NUMA ids stop at 63",
                        "policyName: Static\nmachineState:\n  '0': {cells: [64]}\n",
                        "machineState.0.cells[0]: unsupported value \"64\": NUMA node ids run from"
                                + " 0 to 63 (f.yaml:3:17)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsProblemsWithPositions(Bad b) {
        InputException e =
                assertThrows(
                        InputException.class,
                        () -> MemoryCheckpointReader.readFile("f.yaml", b.text()));
        String first = e.first().message() + " (" + e.first().position() + ")";
        assertEquals(b.expected(), first);
    }

    @Test
    void sizesAboveLongMaxKeepTheirBits() {
        MemoryManagerCheckpoint c =
                MemoryCheckpointReader.readFile(
                        "f.json",
                        "{\"policyName\": \"Static\", \"machineState\": {\"0\": {\"memoryMap\":"
                                + " {\"memory\": {\"allocatable\": 18446744073709551615}}}}}");
        long allocatable = c.machineState().get(0).memoryMap().get("memory").allocatable();
        assertEquals("18446744073709551615", Long.toUnsignedString(allocatable));
        assertTrue(c.entries().isEmpty());
    }

    @Test
    void theKubeletsChecksumIsReproduced() {
        String upstream =
                """
                {"policyName":"static","machineState":{"0":{"numberOfAssignments":0,\
                "memoryMap":{"memory":{"total":2048,"systemReserved":512,"allocatable":1536,\
                "reserved":512,"free":1024}},"cells":[]}},"entries":{"pod":{"container1":\
                [{"numaAffinity":[0],"type":"memory","size":512}]}},"checksum":4215593881}\
                """;
        MemoryManagerCheckpoint c = MemoryCheckpointReader.readFile("state", upstream);
        assertEquals(4215593881L, dev.numaadvisor.core.memory.MemoryCheckpointChecksum.of(c));
    }

    @Test
    void theOldFieldNameNodesIsReadAsCells() {
        MemoryManagerCheckpoint c =
                MemoryCheckpointReader.readFile(
                        "f.yaml", "policyName: Static\nmachineState:\n  '1': {nodes: [0, 1]}\n");
        assertEquals(List.of(0, 1), c.machineState().get(1).cells());
        InputException both =
                assertThrows(
                        InputException.class,
                        () ->
                                MemoryCheckpointReader.readFile(
                                        "f.yaml",
                                        "policyName: Static\n"
                                                + "machineState:\n"
                                                + "  '1': {nodes: [0, 1], cells: [1]}\n"));
        assertTrue(both.first().message().contains("old name"), both.first().message());
    }
}
