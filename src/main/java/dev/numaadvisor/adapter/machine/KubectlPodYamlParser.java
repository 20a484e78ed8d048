package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code kubectl get pod -o yaml}: one Pod, a {@code List} of Pods, several documents, or a
 * bare {@code status:} stanza. Each pod keeps its status (phase, reason, message) and a manifest
 * cut down to what kubelet admission reads (identity, containers' names, resources and restart
 * policy, pod-level resources and overhead), so it can be replayed in a scenario.
 */
public final class KubectlPodYamlParser implements FactsParser {
    private static final Set<String> CONTAINER_FIELDS = Set.of("name", "resources", "restartPolicy");
    private static final Set<String> METADATA_FIELDS = Set.of("name", "namespace", "uid");

    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_POD_YAML);
        for (YNode doc : YamlSource.documents(source.fileName(), source.text())) {
            if (doc.isMap() && "List".equals(doc.string("kind", ""))) {
                YNode items = doc.get("items");
                for (YNode item : items == null ? List.<YNode>of() : items.items()) {
                    pod(b, item);
                }
            } else {
                pod(b, doc);
            }
            doc.problems().throwIfAny();
        }
        return b.build();
    }

    private static void pod(NodeFactsBuilder b, YNode pod) {
        if (!pod.expectMap()) {
            return;
        }
        YNode meta = pod.get("metadata");
        String name = meta != null && meta.isMap() ? meta.string("name", null) : null;
        String namespace = meta != null && meta.isMap() ? meta.string("namespace", null) : null;
        YNode status = pod.get("status");
        String phase = null;
        String reason = null;
        String message = null;
        if (status != null && status.isMap()) {
            phase = status.string("phase", null);
            reason = status.string("reason", null);
            message = status.string("message", null);
        }
        Map<String, Object> manifest = pod.has("spec") ? manifest(pod) : null;
        int line = pod.position().line();
        PodFact fact = new PodFact(name, namespace, phase, reason, message, manifest, b.source(), line);
        b.pod(fact);
        if (fact.rejected()) {
            b.event(new AdmissionEvent(name, reason, message, b.source(), line));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(YNode pod) {
        Map<String, Object> all = (Map<String, Object>) pod.toJava();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", all.getOrDefault("apiVersion", "v1"));
        out.put("kind", "Pod");
        out.put("metadata", keep(all.get("metadata"), METADATA_FIELDS));
        Map<String, Object> spec = new LinkedHashMap<>();
        Object rawSpec = all.get("spec");
        if (rawSpec instanceof Map) {
            Map<String, Object> s = (Map<String, Object>) rawSpec;
            for (String key : List.of("initContainers", "containers")) {
                if (s.get(key) instanceof List) {
                    List<Object> containers = new ArrayList<>();
                    for (Object c : (List<Object>) s.get(key)) {
                        containers.add(keep(c, CONTAINER_FIELDS));
                    }
                    spec.put(key, containers);
                }
            }
            for (String key : List.of("resources", "overhead")) {
                if (s.containsKey(key)) {
                    spec.put(key, s.get(key));
                }
            }
        }
        out.put("spec", spec);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keep(Object raw, Set<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw instanceof Map) {
            ((Map<String, Object>) raw).forEach((k, v) -> {
                if (fields.contains(k)) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }
}
