package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.Resources;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a NodeResourceTopology ({@code topology.node.k8s.io/v1alpha2}): one zone of type
 * {@code Node} per NUMA node ({@code node-N}), its {@code costs} (distances) and {@code resources}
 * (capacity / allocatable / available, quantities as strings; memory and hugepages in bytes,
 * devices as counts), plus the {@code attributes} (topologyManagerPolicy, …).
 */
public final class NodeResourceTopologyParser implements FactsParser {
    private static final Pattern ZONE = Pattern.compile("node-(\\d+)");

    @Override
    public NodeFacts parse(SourceText source) {
        YNode root = YamlSource.single(source.fileName(), source.text());
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.NODE_RESOURCE_TOPOLOGY);
        if (!root.expectMap()) {
            root.problems().throwIfAny();
        }
        YNode meta = root.get("metadata");
        if (meta != null && meta.isMap()) {
            b.nodeName(meta.string("name", null));
        }
        YNode attributes = root.get("attributes");
        if (attributes != null) {
            for (YNode a : attributes.items()) {
                b.attribute(a.string("name", "?"), a.string("value", ""));
            }
        }
        YNode zones = root.require("zones", "a NodeResourceTopology lists its NUMA nodes under zones");
        if (zones != null) {
            for (YNode zone : zones.items()) {
                zone(b, zone);
            }
        }
        root.problems().throwIfAny();
        return b.build();
    }

    private static void zone(NodeFactsBuilder b, YNode zone) {
        String type = zone.string("type", "");
        String name = zone.string("name", "");
        Matcher m = ZONE.matcher(name);
        if (!type.equals("Node") || !m.matches()) {
            b.assume("zone \"" + name + "\" of type \"" + type + "\" is not a NUMA node and is skipped");
            return;
        }
        int numa = Integer.parseInt(m.group(1));
        YNode costs = zone.get("costs");
        if (costs != null) {
            Map<Integer, Integer> row = new TreeMap<>();
            for (YNode c : costs.items()) {
                Matcher to = ZONE.matcher(c.string("name", ""));
                Integer value = c.integer("value", null);
                if (to.matches() && value != null) {
                    row.put(Integer.parseInt(to.group(1)), value);
                }
            }
            b.distances(numa, row);
        }
        Long memory = null;
        Map<String, Long> hugepages = new TreeMap<>();
        YNode resources = zone.get("resources");
        for (YNode r : resources == null ? java.util.List.<YNode>of() : resources.items()) {
            String resource = r.string("name", "?");
            ZoneResource z = new ZoneResource(numa, resource, quantity(r, "capacity"),
                    quantity(r, "allocatable"), quantity(r, "available"), b.source());
            b.zoneResource(z);
            Quantity capacity = z.capacity();
            if (capacity == null) {
                continue;
            }
            if (resource.equals(Resources.MEMORY)) {
                memory = capacity.value();
            } else if (Resources.isHugepages(resource)) {
                hugepages.put(resource, capacity.value());
            } else if (!resource.equals(Resources.CPU)) {
                devices(b, numa, name, resource, capacity.value());
            }
        }
        b.numa(new NumaFact(numa, null, memory, 1, null, hugepages, null, b.source()));
    }

    /** NRT counts devices but does not name them: ids are made up from the zone name. */
    private static void devices(NodeFactsBuilder b, int numa, String zone, String resource, long count) {
        for (int i = 0; i < count; i++) {
            b.device(new DeviceFact(resource, zone + "-" + i, numa, null, null, b.source()));
        }
        if (count > 0) {
            b.assume(resource + " on " + zone + ": NodeResourceTopology gives a count (" + count
                    + "), not device ids; ids " + zone + "-0… made up");
        }
    }

    private static Quantity quantity(YNode r, String key) {
        YNode n = r.get(key);
        return n == null || n.isNull() ? null : n.asQuantity();
    }
}
