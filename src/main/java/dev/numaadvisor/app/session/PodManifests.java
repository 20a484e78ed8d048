package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioContainer;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A typed pod as a v1 Pod manifest (YAML-shaped values), for a saved session and lint. */
public final class PodManifests {
    private PodManifests() {
    }

    public static Map<String, Object> manifest(ScenarioPod pod) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", pod.name());
        if (pod.namespace() != null) {
            metadata.put("namespace", pod.namespace());
        }
        if (pod.uid() != null) {
            metadata.put("uid", pod.uid());
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!pod.initContainers().isEmpty()) {
            spec.put("initContainers", containers(pod.initContainers()));
        }
        spec.put("containers", containers(pod.appContainers()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "v1");
        m.put("kind", "Pod");
        m.put("metadata", metadata);
        m.put("spec", spec);
        return m;
    }

    private static List<Object> containers(List<ScenarioContainer> list) {
        List<Object> out = new ArrayList<>();
        for (ScenarioContainer c : list) {
            Map<String, Object> resources = new LinkedHashMap<>();
            resources.put("requests", quantities(c.requests()));
            if (!c.limits().isEmpty()) {
                resources.put("limits", quantities(c.limits()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            if (c.restartPolicyAlways()) {
                m.put("restartPolicy", "Always");
            }
            m.put("resources", resources);
            out.add(m);
        }
        return out;
    }

    /** Quantities as written ({@code 16Gi}, {@code 3500m}), so a saved session reads back the same. */
    private static Map<String, Object> quantities(Map<String, Quantity> q) {
        Map<String, Object> m = new LinkedHashMap<>();
        q.forEach((k, v) -> m.put(k, v.text()));
        return m;
    }
}
