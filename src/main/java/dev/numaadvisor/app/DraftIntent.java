package dev.numaadvisor.app;

import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.core.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intended pod of {@code draft --pod}: {@code "8 cpu, 16Gi, 1 nvidia.com/gpu"} (a count
 * before a resource name, a bare byte quantity = memory) or the REPL's {@code cpu=8 mem=16Gi
 * gpu=1}. Always one Guaranteed container (requests = limits): the pods a config is drafted for.
 */
public final class DraftIntent {
    public static final String POD_NAME = "intended";

    private DraftIntent() {
    }

    /** The pod manifest (YAML-shaped); throws IllegalArgumentException naming the bad token. */
    public static Map<String, Object> parse(String text) {
        Map<String, Object> requests = new LinkedHashMap<>();
        for (String part : text.trim().split("\\s*,\\s*|\\s+(?=[a-z][a-z0-9./_-]*=)")) {
            String p = part.trim();
            if (p.isEmpty() || p.equalsIgnoreCase("guaranteed")) {
                continue;
            }
            if (p.contains("=")) {
                Map<String, Object> one = PodSpec.parse(POD_NAME, List.of(p.split("\\s+")));
                requests.putAll(requestsOf(one));
                continue;
            }
            String[] words = p.split("\\s+");
            if (words.length == 1) {
                requests.put("memory", quantity(words[0], p));
            } else if (words.length == 2) {
                String resource = words[1].equalsIgnoreCase("cpus") ? "cpu" : words[1];
                resource = resource.equals("mem") || resource.equals("memory") ? "memory" : NodeSpec.resource(resource);
                requests.put(resource, quantity(words[0], p));
            } else {
                throw new IllegalArgumentException("cannot read \"" + p + "\": expected \"8 cpu\", \"16Gi\" or"
                        + " \"1 nvidia.com/gpu\"");
            }
        }
        if (!requests.containsKey("cpu")) {
            throw new IllegalArgumentException("the intended pod needs CPUs, e.g. \"8 cpu, 16Gi\"");
        }
        return PodSpec.manifest(POD_NAME, requests, true);
    }

    private static String quantity(String value, String part) {
        try {
            Quantity.parse(value);
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read \"" + part + "\": \"" + value + "\" is not a quantity");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestsOf(Map<String, Object> pod) {
        Map<String, Object> spec = (Map<String, Object>) pod.get("spec");
        Map<String, Object> c = (Map<String, Object>) ((List<Object>) spec.get("containers")).get(0);
        return (Map<String, Object>) ((Map<String, Object>) c.get("resources")).get("requests");
    }
}
