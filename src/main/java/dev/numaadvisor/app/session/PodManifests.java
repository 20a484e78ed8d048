package dev.numaadvisor.app.session;

import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Pod manifest (YAML-shaped) rebuilt from a read pod: used for workload templates and Lists. */
final class PodManifests {
    private PodManifests() {
    }

    static Map<String, Object> fromPod(Pod pod) {
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!pod.initContainers().isEmpty()) {
            spec.put("initContainers", containers(pod.initContainers()));
        }
        spec.put("containers", containers(pod.containers()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "v1");
        m.put("kind", "Pod");
        m.put("metadata", new LinkedHashMap<>(Map.of("name", pod.name())));
        m.put("spec", spec);
        return m;
    }

    private static List<Object> containers(List<Container> list) {
        List<Object> out = new ArrayList<>();
        for (Container c : list) {
            Map<String, Object> resources = new LinkedHashMap<>();
            resources.put("requests", quantities(c.requests()));
            resources.put("limits", quantities(c.limits()));
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

    private static Map<String, Object> quantities(Map<String, ?> q) {
        Map<String, Object> m = new LinkedHashMap<>();
        q.forEach((k, v) -> m.put(k, String.valueOf(v)));
        return m;
    }
}
