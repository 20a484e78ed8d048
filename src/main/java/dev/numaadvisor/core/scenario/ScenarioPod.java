package dev.numaadvisor.core.scenario;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod as described: name, namespace (null = default), uid (null = the name, the checkpoint key)
 * and containers (init containers first, in order, then app containers). Container names are
 * unique and there is at least one app container.
 * The QoS class is the core calculator's; {@link #requestsOf} is the one "what does it ask for".
 */
public record ScenarioPod(String name, String namespace, String uid, List<ScenarioContainer> containers) {
    public ScenarioPod {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a pod needs a name");
        }
        containers = List.copyOf(containers);
        Set<String> names = new HashSet<>();
        boolean app = false;
        for (ScenarioContainer c : containers) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("pod " + name + ": two containers are named \"" + c.name() + "\"");
            }
            app |= !c.init();
        }
        if (!app) {
            throw new IllegalArgumentException("pod " + name + " needs at least one container");
        }
    }

    /** One app container named {@code app}: the pod of the compact notations. */
    public static ScenarioPod single(String name, Map<String, Quantity> requests, boolean guaranteed) {
        return new ScenarioPod(name, null, null, List.of(ScenarioContainer.app("app", requests, guaranteed)));
    }

    /** The pod as the engine reads it from a manifest. */
    public static ScenarioPod of(Pod pod) {
        List<ScenarioContainer> out = new ArrayList<>();
        for (Container c : pod.allContainers()) {
            boolean init = pod.isInit(c);
            out.add(new ScenarioContainer(c.name(), c.requests(), c.limits(), init, c.restartPolicyAlways()));
        }
        String namespace = "default".equals(pod.namespace()) ? null : pod.namespace();
        return new ScenarioPod(pod.name(), namespace, pod.uid().equals(pod.name()) ? null : pod.uid(), out);
    }

    public List<ScenarioContainer> appContainers() {
        return containers.stream().filter(c -> !c.init()).toList();
    }

    public List<ScenarioContainer> initContainers() {
        return containers.stream().filter(ScenarioContainer::init).toList();
    }

    /** The first app container's requests: what the compact notations and drafts size a pod by. */
    public Map<String, Quantity> requestsOf() {
        return appContainers().get(0).requests();
    }

    public QosClass qosClass() {
        return toPod().qosClass();
    }

    /** The same pod under another name (a draft's intended pod). */
    public ScenarioPod named(String newName) {
        return new ScenarioPod(newName, namespace, null, containers);
    }

    /** {@code resource} set in every app container's requests, and in limits where they exist. */
    public ScenarioPod withRequest(String resource, Quantity amount) {
        List<ScenarioContainer> out = new ArrayList<>();
        for (ScenarioContainer c : containers) {
            out.add(c.init() ? c : c.withRequest(resource, amount));
        }
        return new ScenarioPod(name, namespace, uid, out);
    }

    /** The engine's pod; its uid defaults to the name, as the contract fixes. */
    public Pod toPod() {
        List<Container> init = new ArrayList<>();
        List<Container> app = new ArrayList<>();
        for (ScenarioContainer c : containers) {
            (c.init() ? init : app).add(c.toContainer());
        }
        return new Pod(name, namespace, uid, init, app);
    }
}
