package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ages a fresh pool: each node is filled with small Guaranteed pods (1-4 CPUs, half a CPU's share
 * of memory per CPU) up to twice the fragmentation level, then a random half of them leave, so
 * the free CPUs end up scattered over NUMA nodes as on a node that has run for a while. The
 * generator is seeded per node from the file's seed: every config sees the same filler sequence.
 */
final class Fragmenter {
    private static final int MAX_FILLER_CPUS = 4;

    private Fragmenter() {
    }

    static void fragment(List<FleetNode> nodes, FleetSpec spec, List<String> extendedNames) {
        if (spec.fragmentationPercent() == 0) {
            return;
        }
        Fillers shapes = new Fillers(extendedNames);
        for (int k = 0; k < nodes.size(); k++) {
            fragmentNode(nodes.get(k), spec, new SeededRandom(spec.seed() * 1_000_003L + k), shapes);
        }
    }

    /**
     * Filler pods by shape (CPUs, memory): a pool's fillers come in a handful of shapes, so each is
     * built once (with its demand) and handed out as named replicas; building the spec, its
     * quantities and its requests afresh for each of a thousand nodes' fillers cost more than
     * admitting them.
     */
    private static final class Fillers {
        private final List<String> extendedNames;
        private final Map<List<Long>, Pod> pods = new HashMap<>();
        private final Map<List<Long>, PodDemand> demands = new HashMap<>();

        Fillers(List<String> extendedNames) {
            this.extendedNames = extendedNames;
        }

        Pod pod(String name, int cpus, long memoryBytes) {
            return pods.computeIfAbsent(List.of((long) cpus, memoryBytes), k -> filler(name, cpus, memoryBytes))
                    .replica(name, name);
        }

        PodDemand demand(int cpus, long memoryBytes, Pod pod) {
            return demands.computeIfAbsent(List.of((long) cpus, memoryBytes), k -> PodDemand.of(pod, extendedNames));
        }
    }

    private static void fragmentNode(FleetNode node, FleetSpec spec, SeededRandom random, Fillers shapes) {
        List<String> extendedNames = shapes.extendedNames;
        long cpus = node.capacity.cpuMillis() / 1000;
        long memoryPerCpu = cpus == 0 ? 0 : node.capacity.memoryBytes() / cpus / 2;
        long fillTarget = Math.min(cpus, cpus * spec.fragmentationPercent() * 2 / 100);
        List<FleetNode.Placement> fillers = new ArrayList<>();
        long filled = 0;
        int misses = 0;
        while (filled < fillTarget && misses < 3) {
            int size = 1 + random.nextInt(MAX_FILLER_CPUS);
            Pod pod = shapes.pod(node.name + "-filler-" + fillers.size(), size, memoryPerCpu * size);
            PodDemand demand = shapes.demand(size, memoryPerCpu * size, pod);
            FleetNode.Placement placed = node.fits(demand) ? node.admit(pod, demand, extendedNames).placement() : null;
            if (placed == null) {
                misses++;
                continue;
            }
            fillers.add(placed);
            filled += size;
        }
        // Remove a random half: Fisher-Yates prefix, so the survivors are spread, not the first ones.
        for (int i = 0; i < fillers.size() / 2; i++) {
            int j = i + random.nextInt(fillers.size() - i);
            FleetNode.Placement chosen = fillers.get(j);
            fillers.set(j, fillers.get(i));
            fillers.set(i, chosen);
            node.remove(chosen);
        }
    }

    private static Pod filler(String name, int cpus, long memoryBytes) {
        Map<String, Quantity> resources = Map.of("cpu", Quantity.parse(Integer.toString(cpus)),
                "memory", Quantity.ofBytes(memoryBytes));
        Container c = new Container("filler", resources, resources, false);
        return new Pod(name, "fleet-filler", name, List.of(), List.of(c));
    }
}
