package dev.numaadvisor.adapter.fleet;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.fleet.PodTemplate;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code workload.pods}: each template is a name, how many (count, or arrivalsPerStep and
 * lifetimeSteps under churn) and its containers. A container's {@code resources} map is the
 * Guaranteed shorthand (requests = limits); {@code requests}/{@code limits} give them apart.
 */
final class PodTemplateReader {
    private static final List<String> TEMPLATE = List.of("name", "namespace", "count", "arrivalsPerStep",
            "lifetimeSteps", "initContainers", "containers");
    private static final List<String> CONTAINER = List.of("name", "resources", "requests", "limits",
            "restartPolicy");

    private PodTemplateReader() {
    }

    static List<PodTemplate> readAll(YNode list, boolean churn) {
        List<PodTemplate> out = new ArrayList<>();
        if (list == null || !list.isList()) {
            if (list != null) {
                list.error(Problem.Kind.INVALID, null, "pods must be a list of templates", null);
            }
            return out;
        }
        Set<String> names = new HashSet<>();
        for (YNode t : list.items()) {
            if (!t.expectMap()) {
                continue;
            }
            PodTemplate template = read(t, churn);
            if (template != null && !names.add(template.name())) {
                t.get("name").error(Problem.Kind.DUPLICATE, template.name(), "pod template listed twice", null);
            } else if (template != null) {
                out.add(template);
            }
        }
        return out;
    }

    private static PodTemplate read(YNode t, boolean churn) {
        YNode nameNode = t.require("name", "name the template, e.g. train-8cpu");
        String name = nameNode == null ? null : nameNode.asString();
        String namespace = t.string("namespace", "default");
        int count = FleetReader.nonNegative(t, "count", 0);
        double rate = number(t, "arrivalsPerStep");
        double lifetime = number(t, "lifetimeSteps");
        if (!churn && (t.has("arrivalsPerStep") || t.has("lifetimeSteps"))) {
            t.get(t.has("arrivalsPerStep") ? "arrivalsPerStep" : "lifetimeSteps").error(Problem.Kind.INVALID, null,
                    "arrival rates and lifetimes need churn", "set workload.steps to the number of time steps");
        }
        List<Container> init = containers(t.get("initContainers"), false);
        List<Container> app = containers(t.require("containers", "list at least one container"), true);
        t.finish(TEMPLATE);
        if (name == null || app.isEmpty()) {
            return null;
        }
        return new PodTemplate(name, new Pod(name, namespace, name, init, app), count, rate, lifetime);
    }

    private static double number(YNode t, String key) {
        if (!t.has(key)) {
            return 0;
        }
        String s = t.get(key).asString();
        try {
            double v = Double.parseDouble(s);
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException | NullPointerException e) {
            t.get(key).error(Problem.Kind.INVALID, s, key + " must be a number 0 or more", null);
            return 0;
        }
    }

    private static List<Container> containers(YNode list, boolean app) {
        List<Container> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isList()) {
            list.error(Problem.Kind.INVALID, null, "containers must be a list", null);
            return out;
        }
        for (YNode c : list.items()) {
            if (!c.expectMap()) {
                continue;
            }
            String name = c.string("name", (app ? "app-" : "init-") + out.size());
            Map<String, Quantity> both = c.has("resources") ? c.get("resources").quantityMap() : Map.of();
            Map<String, Quantity> requests = c.has("requests") ? c.get("requests").quantityMap() : both;
            Map<String, Quantity> limits = c.has("limits") ? c.get("limits").quantityMap() : both;
            if (c.has("resources") && (c.has("requests") || c.has("limits"))) {
                c.get("resources").error(Problem.Kind.INVALID, null,
                        "give resources (requests = limits) or requests/limits, not both", null);
            }
            boolean sidecar = "Always".equals(c.string("restartPolicy", null));
            c.finish(CONTAINER);
            out.add(new Container(name, requests, limits, sidecar));
        }
        return out;
    }
}
