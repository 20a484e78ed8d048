package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container as described: its name, requests and limits (as written, before API defaulting),
 * whether it is an init container, and {@code restartPolicyAlways} for a sidecar (init only).
 */
public record ScenarioContainer(String name, Map<String, Quantity> requests, Map<String, Quantity> limits,
                                boolean init, boolean restartPolicyAlways) {
    public ScenarioContainer {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a container needs a name");
        }
        if (restartPolicyAlways && !init) {
            throw new IllegalArgumentException("container " + name
                    + ": restartPolicy Always is allowed on init containers only (sidecars)");
        }
        requests = Collections.unmodifiableMap(checked(name, requests));
        limits = Collections.unmodifiableMap(checked(name, limits));
    }

    /** An app container named {@code name}; limits equal to requests when {@code guaranteed}. */
    public static ScenarioContainer app(String name, Map<String, Quantity> requests, boolean guaranteed) {
        return new ScenarioContainer(name, requests, guaranteed ? requests : Map.of(), false, false);
    }

    private static TreeMap<String, Quantity> checked(String container, Map<String, Quantity> amounts) {
        TreeMap<String, Quantity> out = new TreeMap<>();
        amounts.forEach((resource, amount) -> {
            if (resource == null || resource.isEmpty() || amount == null) {
                throw new IllegalArgumentException("container " + container + ": a resource needs a name and an"
                        + " amount");
            }
            if (amount.isNegative()) {
                throw new IllegalArgumentException("container " + container + ": " + resource + " \"" + amount
                        + "\" must not be negative");
            }
            out.put(resource, amount);
        });
        return out;
    }

    /** The same container with {@code resource} set in its requests, and in its limits if it has any. */
    public ScenarioContainer withRequest(String resource, Quantity amount) {
        Map<String, Quantity> req = new TreeMap<>(requests);
        req.put(resource, amount);
        Map<String, Quantity> lim = new TreeMap<>(limits);
        if (!lim.isEmpty()) {
            lim.put(resource, amount);
        }
        return new ScenarioContainer(name, req, lim, init, restartPolicyAlways);
    }

    /** The engine's container (API defaulting: a limit without a request becomes the request). */
    public Container toContainer() {
        return new Container(name, requests, limits, restartPolicyAlways);
    }
}
