package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.scenario.ScenarioContainer;
import dev.numaadvisor.core.scenario.ScenarioPod;
import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Works the stated pods out into requests and limits. A pod whose QoS was not named and whose
 * limits were not stated is taken as Guaranteed (exclusive CPUs need it) and given 1Gi of
 * memory when none was said; both are listed as assumptions. Device and hugepage amounts are
 * limits too, as the API server requires of extended resources.
 */
public final class ResolvePods {
    /** What a pod is given when the person stated no memory for a Guaranteed pod. */
    public static final Quantity DEFAULT_MEMORY = Quantity.parse("1Gi");

    /** The resolved pods, and what was assumed on the way. */
    public record Result(List<ScenarioPod> pods, List<String> assumed, List<String> questions) {
    }

    private ResolvePods() {
    }

    public static Result of(List<StatedPod> stated) {
        List<ScenarioPod> pods = new ArrayList<>();
        List<String> assumed = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        int unnamed = 0;
        for (StatedPod p : stated) {
            String base = p.name();
            if (base == null) {
                unnamed++;
                base = unnamed == 1 ? "app" : "app-" + unnamed;
            }
            List<ScenarioContainer> containers = new ArrayList<>();
            for (StatedContainer c : p.containers()) {
                containers.add(container(p, c, base, assumed, questions));
            }
            for (int copy = 1; copy <= p.copies(); copy++) {
                pods.add(new ScenarioPod(p.copies() == 1 ? base : base + "-" + copy, null, null, containers));
            }
        }
        return new Result(pods, dedupe(assumed), questions);
    }

    private static ScenarioContainer container(StatedPod p, StatedContainer c, String pod, List<String> assumed,
                                             List<String> questions) {
        Map<String, Quantity> requests = new TreeMap<>(c.requests());
        Map<String, Quantity> limits = new TreeMap<>(c.limits());
        String qos = p.qos();
        if ("BestEffort".equals(qos)) {
            if (!requests.isEmpty() || !limits.isEmpty()) {
                questions.add("Pod " + pod + " is called BestEffort but asks for " + requests.keySet()
                        + ": a BestEffort pod has no requests or limits. Which is it?");
            }
            return new ScenarioContainer(c.name(), Map.of(), Map.of(), false, false);
        }
        boolean guaranteed = "Guaranteed".equals(qos) || qos == null && !c.limitsStated();
        if (guaranteed) {
            if (qos == null) {
                assumed.add("Guaranteed QoS (limits equal to requests), since exclusive CPUs need it (say \"Burstable\" to change)");
            }
            if (!requests.containsKey("memory") && !limits.containsKey("memory")) {
                requests.put("memory", DEFAULT_MEMORY);
                assumed.add("container " + c.name() + " of pod " + pod + " asks " + DEFAULT_MEMORY
                        + " of memory (none was given; a Guaranteed pod needs a memory limit)");
            }
            limits.forEach(requests::putIfAbsent);
            limits.putAll(requests);
            return new ScenarioContainer(c.name(), requests, limits, false, false);
        }
        for (Map.Entry<String, Quantity> e : requests.entrySet()) {
            if (!e.getKey().equals("cpu") && !e.getKey().equals("memory")) {
                limits.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return new ScenarioContainer(c.name(), requests, limits, false, false);
    }

    private static List<String> dedupe(List<String> lines) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(lines));
    }
}
