package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the facts of one source while a parser walks it; {@link #build} freezes them. */
public final class NodeFactsBuilder {
    private final String source;
    private final InputFormat format;
    private final Map<Integer, CpuFact> cpus = new TreeMap<>();
    private final Map<Integer, NumaFact> numaNodes = new TreeMap<>();
    private final Map<Integer, Map<Integer, Integer>> distances = new TreeMap<>();
    private final List<DeviceFact> devices = new ArrayList<>();
    private DeclaredCounts declared = DeclaredCounts.NONE;
    private final Map<String, Quantity> capacity = new TreeMap<>();
    private final Map<String, Quantity> allocatable = new TreeMap<>();
    private final List<ZoneResource> zoneResources = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();
    private final List<AdmissionEvent> events = new ArrayList<>();
    private final List<PodFact> pods = new ArrayList<>();
    private RawDocument kubeletConfig;
    private RawDocument cpuManagerCheckpoint;
    private RawDocument memoryManagerCheckpoint;
    private String nodeName;
    private String kubeletVersion;
    private final List<String> assumptions = new ArrayList<>();

    NodeFactsBuilder(String source, InputFormat format) {
        this.source = source;
        this.format = format;
    }

    public String source() {
        return source;
    }

    public NodeFactsBuilder cpu(int id, Integer core, Integer socket, Integer numa, Integer uncore) {
        cpus.put(id, new CpuFact(id, core, socket, numa, uncore, source));
        return this;
    }

    public Map<Integer, CpuFact> cpus() {
        return cpus;
    }

    public NodeFactsBuilder numa(NumaFact fact) {
        NumaFact old = numaNodes.get(fact.id());
        numaNodes.put(fact.id(), old == null ? fact : fact.fillFrom(old));
        return this;
    }

    public Map<Integer, NumaFact> numaNodes() {
        return numaNodes;
    }

    public NodeFactsBuilder distances(int from, Map<Integer, Integer> row) {
        distances.put(from, new TreeMap<>(row));
        return this;
    }

    public NodeFactsBuilder device(DeviceFact d) {
        devices.add(d);
        return this;
    }

    public NodeFactsBuilder declared(DeclaredCounts d) {
        declared = d;
        return this;
    }

    public NodeFactsBuilder capacity(String resource, Quantity q) {
        capacity.put(resource, q);
        return this;
    }

    public NodeFactsBuilder allocatable(String resource, Quantity q) {
        allocatable.put(resource, q);
        return this;
    }

    public NodeFactsBuilder zoneResource(ZoneResource r) {
        zoneResources.add(r);
        return this;
    }

    public NodeFactsBuilder attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    public NodeFactsBuilder event(AdmissionEvent e) {
        events.add(e);
        return this;
    }

    public NodeFactsBuilder pod(PodFact p) {
        pods.add(p);
        return this;
    }

    public NodeFactsBuilder kubeletConfig(Map<String, Object> content) {
        kubeletConfig = new RawDocument(content, source);
        return this;
    }

    public NodeFactsBuilder cpuManagerCheckpoint(Map<String, Object> content) {
        cpuManagerCheckpoint = new RawDocument(content, source);
        return this;
    }

    public NodeFactsBuilder memoryManagerCheckpoint(Map<String, Object> content) {
        memoryManagerCheckpoint = new RawDocument(content, source);
        return this;
    }

    public NodeFactsBuilder nodeName(String name) {
        nodeName = name;
        return this;
    }

    public NodeFactsBuilder kubeletVersion(String version) {
        kubeletVersion = version;
        return this;
    }

    /** Records a fact inferred by a rule; the text names the rule and how to avoid it. */
    public NodeFactsBuilder assume(String text) {
        assumptions.add(text);
        return this;
    }

    public NodeFacts build() {
        return new NodeFacts(source, format, cpus, numaNodes, distances, devices, declared, capacity,
                allocatable, zoneResources, attributes, events, pods, kubeletConfig,
                cpuManagerCheckpoint, memoryManagerCheckpoint, nodeName, kubeletVersion,
                assumptions);
    }
}
