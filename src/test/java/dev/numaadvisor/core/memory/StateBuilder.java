package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-made machine states, as the kubelet's policy tests inject them: a checkpoint started with
 * {@code skipStateValidation}. Tables are written {@code total/allocatable/free} in MiB with {@code
 * reserved = allocatable - free} and {@code systemReserved = total - allocatable}.
 */
final class StateBuilder {
    private final TreeMap<Integer, NumaNodeState> nodes = new TreeMap<>();
    private final TreeMap<String, Map<String, List<MemoryBlock>>> entries = new TreeMap<>();

    static MemoryTable table(long totalMi, long allocatableMi, long freeMi) {
        long mi = MemoryFixtures.MI;
        return new MemoryTable(
                totalMi * mi,
                (totalMi - allocatableMi) * mi,
                allocatableMi * mi,
                (allocatableMi - freeMi) * mi,
                freeMi * mi);
    }

    StateBuilder node(int id, int assignments, List<Integer> cells, Object... resourceTables) {
        Map<String, MemoryTable> map = new TreeMap<>();
        for (int i = 0; i < resourceTables.length; i += 2) {
            map.put((String) resourceTables[i], (MemoryTable) resourceTables[i + 1]);
        }
        nodes.put(id, new NumaNodeState(assignments, map, cells));
        return this;
    }

    StateBuilder block(
            String pod, String container, String type, long sizeMi, Integer... affinity) {
        Map<String, List<MemoryBlock>> c = entries.computeIfAbsent(pod, k -> new TreeMap<>());
        List<MemoryBlock> blocks = new ArrayList<>(c.getOrDefault(container, List.of()));
        blocks.add(new MemoryBlock(Arrays.asList(affinity), type, sizeMi * MemoryFixtures.MI));
        c.put(container, blocks);
        return this;
    }

    MemoryManagerCheckpoint checkpoint() {
        return new MemoryManagerCheckpoint("Static", nodes, entries, 0);
    }

    /** A Static manager on a machine with as many nodes as the state, using the state as it is. */
    MemoryManager start() {
        Machine m = MemoryFixtures.machine(nodes.size(), 4 * MemoryFixtures.GI, MemoryFixtures.GI);
        KubeletConfig c = MemoryFixtures.staticConfig(nodes.size(), 512);
        try {
            return MemoryManager.start(
                    m, c, KubeVersion.NEWEST, new MemoryHarness(true), checkpoint());
        } catch (KubeletStartError e) {
            throw new AssertionError(e);
        }
    }
}
