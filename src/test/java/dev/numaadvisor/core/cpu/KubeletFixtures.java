package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuTopology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's CPU topology fixtures ({@code policy_test.go}), taken from the conformance
 * scenarios that reproduce them CPU by CPU (their header names the fixture), plus the one fixture
 * no shipped scenario uses.
 */
final class KubeletFixtures {
    private static final Map<String, CpuTopologyIndex> CACHE = new TreeMap<>();

    private KubeletFixtures() {}

    static synchronized CpuTopologyIndex get(String name) {
        return CACHE.computeIfAbsent(name, KubeletFixtures::load);
    }

    private static CpuTopologyIndex load(String name) {
        if ("topoUncoreSingleSocketMultiNuma".equals(name)) {
            return uncoreSingleSocketMultiNuma();
        }
        if (name.endsWith("/uncore0")) {
            // The kubelet's fixtures without L3 data carry UncoreCacheID 0 on every CPU.
            List<CpuInfo> cpus = new ArrayList<>();
            for (CpuInfo c :
                    get(name.substring(0, name.length() - "/uncore0".length())).topology().cpus()) {
                cpus.add(new CpuInfo(c.id(), c.core(), c.socket(), c.numaNode(), 0));
            }
            return new CpuTopologyIndex(new CpuTopology(cpus));
        }
        try {
            for (Path f : CpuConformanceCase.files()) {
                String text = Files.readString(f);
                if (text.contains("Kubelet fixture: " + name + " ")
                        || text.contains("Kubelet fixture: " + name + "\n")
                        || text.contains("Kubelet fixture: " + name + ".")) {
                    return new CpuTopologyIndex(CpuConformanceCase.load(f).machine().topology());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no scenario reproduces the fixture " + name);
    }

    /** 16 single-thread cores, 1 socket, NUMA 0 = 0-7, NUMA 1 = 8-15, uncore caches of 4. */
    private static CpuTopologyIndex uncoreSingleSocketMultiNuma() {
        List<CpuInfo> cpus = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            cpus.add(new CpuInfo(i, i, 0, i / 8, i / 4));
        }
        return new CpuTopologyIndex(new CpuTopology(cpus));
    }
}
