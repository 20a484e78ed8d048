package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.util.List;

/**
 * Reads {@code kubectl get node NAME -o yaml} (or a List holding one Node): the node name,
 * {@code status.capacity}, {@code status.allocatable} and the kubelet version.
 */
public final class KubectlNodeYamlParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        YNode root = YamlSource.single(source.fileName(), source.text());
        YNode node = root;
        if ("List".equals(root.string("kind", ""))) {
            List<YNode> items = root.require("items", null) == null ? List.of() : root.get("items").items();
            if (items.size() != 1) {
                throw InputErrors.badValue(source, root.position().line(), "items", items.size() + " items",
                        "expected exactly one Node: import one node at a time");
            }
            node = items.get(0);
        }
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_NODE_YAML);
        YNode meta = node.get("metadata");
        if (meta != null && meta.isMap()) {
            b.nodeName(meta.string("name", null));
        }
        YNode status = node.require("status", "kubectl get node -o yaml prints capacity under status");
        if (status != null && status.expectMap()) {
            YNode capacity = status.get("capacity");
            if (capacity != null) {
                capacity.quantityMap().forEach(b::capacity);
            }
            YNode allocatable = status.get("allocatable");
            if (allocatable != null) {
                allocatable.quantityMap().forEach(b::allocatable);
            }
            YNode info = status.get("nodeInfo");
            if (info != null && info.isMap()) {
                b.kubeletVersion(info.string("kubeletVersion", null));
            }
        }
        root.problems().throwIfAny();
        return b.build();
    }
}
