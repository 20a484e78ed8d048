package dev.numaadvisor.app.session;

import dev.numaadvisor.core.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact pod notation of {@code /pod add NAME cpu=8 mem=16Gi gpu=1 [burstable]}: one
 * container "app"; Guaranteed (limits = requests) unless {@code burstable} is given.
 */
public final class PodSpec {
    private PodSpec() {
    }

    public static Map<String, Object> parse(String name, List<String> args) {
        Map<String, Object> requests = new LinkedHashMap<>();
        boolean guaranteed = true;
        for (String a : args) {
            if (a.equalsIgnoreCase("burstable")) {
                guaranteed = false;
                continue;
            }
            if (a.equalsIgnoreCase("guaranteed")) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("cannot read \"" + a + "\": expected cpu=8, mem=16Gi, gpu=1");
            }
            requests.put(resource(a.substring(0, eq)), quantity(a, a.substring(eq + 1)));
        }
        return manifest(name, requests, guaranteed);
    }

    public static Map<String, Object> manifest(String name, Map<String, Object> requests, boolean guaranteed) {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("requests", new LinkedHashMap<>(requests));
        if (guaranteed) {
            resources.put("limits", new LinkedHashMap<>(requests));
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "app");
        container.put("resources", resources);
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
        pod.put("spec", new LinkedHashMap<>(Map.of("containers", new java.util.ArrayList<>(List.of(container)))));
        return pod;
    }

    /** Checked here so a bad amount is refused at /pod add, not by every later command. */
    private static String quantity(String arg, String value) {
        try {
            Quantity.parse(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read \"" + arg + "\": " + e.getMessage());
        }
    }

    static String resource(String key) {
        switch (key) {
            case "cpu":
                return "cpu";
            case "mem":
            case "memory":
                return "memory";
            default:
                return NodeSpec.resource(key);
        }
    }

    /** Sets {@code resource} in every container's requests, and in limits where they exist. */
    @SuppressWarnings("unchecked")
    public static void setRequest(Map<String, Object> pod, String resource, String value) {
        Map<String, Object> spec = (Map<String, Object>) pod.get("spec");
        for (Object c : (List<Object>) spec.get("containers")) {
            Map<String, Object> res = (Map<String, Object>) ((Map<String, Object>) c)
                    .computeIfAbsent("resources", k -> new LinkedHashMap<>());
            ((Map<String, Object>) res.computeIfAbsent("requests", k -> new LinkedHashMap<>())).put(resource, value);
            if (res.get("limits") instanceof Map) {
                ((Map<String, Object>) res.get("limits")).put(resource, value);
            }
        }
    }

    /** {@code cpu=8 memory=16Gi nvidia.com/gpu=1} from the first container's requests. */
    @SuppressWarnings("unchecked")
    public static String summary(Map<String, Object> pod) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> spec = (Map<String, Object>) pod.get("spec");
        Object containers = spec == null ? null : spec.get("containers");
        if (!(containers instanceof List)) {
            return "";
        }
        for (Object c : (List<Object>) containers) {
            Map<String, Object> cm = (Map<String, Object>) c;
            Object res = cm.get("resources");
            Object req = res instanceof Map ? ((Map<String, Object>) res).get("requests") : null;
            sb.append(sb.length() > 0 ? "; " : "").append(cm.get("name")).append(": ");
            if (req instanceof Map) {
                ((Map<String, Object>) req).forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
            }
        }
        return sb.toString().trim();
    }
}
