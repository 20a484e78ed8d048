package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Quantity;
import java.util.List;
import java.util.Map;

/**
 * What one input file knows about a node, each fact tagged with that file. Maps are keyed by
 * CPU / NUMA node id and sorted; absent knowledge is an empty map or list, or null for the
 * single documents. {@code assumptions} lists every fact inferred by a rule rather than read.
 */
public record NodeFacts(String source, InputFormat format,
                        Map<Integer, CpuFact> cpus,
                        Map<Integer, NumaFact> numaNodes,
                        Map<Integer, Map<Integer, Integer>> distances,
                        List<DeviceFact> devices,
                        DeclaredCounts declared,
                        Map<String, Quantity> capacity,
                        Map<String, Quantity> allocatable,
                        List<ZoneResource> zoneResources,
                        Map<String, String> attributes,
                        List<AdmissionEvent> events,
                        List<PodFact> pods,
                        RawDocument kubeletConfig,
                        RawDocument cpuManagerCheckpoint,
                        RawDocument memoryManagerCheckpoint,
                        String nodeName,
                        String kubeletVersion,
                        List<String> assumptions) {
    public NodeFacts {
        cpus = Sorted.copy(cpus);
        numaNodes = Sorted.copy(numaNodes);
        distances = Sorted.copy(distances);
        devices = List.copyOf(devices);
        capacity = Sorted.copy(capacity);
        allocatable = Sorted.copy(allocatable);
        zoneResources = List.copyOf(zoneResources);
        attributes = Sorted.copy(attributes);
        events = List.copyOf(events);
        pods = List.copyOf(pods);
        assumptions = List.copyOf(assumptions);
    }

    public static NodeFactsBuilder builder(SourceText source, InputFormat format) {
        return new NodeFactsBuilder(source.fileName(), format);
    }

    /** True when this source tells which NUMA node, core or socket some CPU is on. */
    public boolean describesCpus() {
        return !cpus.isEmpty();
    }
}
