package dev.numaadvisor.app;

import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intended pod of {@code draft --pod}: {@code "8 cpu, 16Gi, 1 nvidia.com/gpu"} (a count
 * before a resource name, a bare byte quantity = memory) or the REPL's {@code cpu=8 mem=16Gi
 * gpu=1}. Always one Guaranteed container (requests = limits): the pods a config is drafted for.
 */
public final class DraftIntent {
    public static final String POD_NAME = "intended";

    private DraftIntent() {
    }

    /** The intended pod; throws IllegalArgumentException naming the bad token. */
    public static ScenarioPod parse(String text) {
        Map<String, Quantity> requests = new TreeMap<>();
        for (String part : text.trim().split("\\s*,\\s*|\\s+(?=[a-z][a-z0-9./_-]*=)")) {
            String p = part.trim();
            if (p.isEmpty() || p.equalsIgnoreCase("guaranteed")) {
                continue;
            }
            if (p.contains("=")) {
                requests.putAll(PodSpec.parse(POD_NAME, List.of(p.split("\\s+"))).requestsOf());
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
        return of(requests);
    }

    /** The intended pod sized like {@code pod}: its first app container's requests, Guaranteed. */
    public static ScenarioPod from(ScenarioPod pod) {
        return ScenarioPod.single(POD_NAME, pod.requestsOf(), true);
    }

    private static ScenarioPod of(Map<String, Quantity> requests) {
        if (!requests.containsKey("cpu")) {
            throw new IllegalArgumentException("the intended pod needs CPUs, e.g. \"8 cpu, 16Gi\"");
        }
        return ScenarioPod.single(POD_NAME, requests, true);
    }

    private static Quantity quantity(String value, String part) {
        try {
            return Quantity.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read \"" + part + "\": \"" + value + "\" is not a quantity");
        }
    }
}
