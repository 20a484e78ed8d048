package dev.numaadvisor.app.understand;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything taken from one input: the facts stated about the node, the pods, the kubelet
 * config and what is already running, the phrases that could not be attached to any fact, and
 * whether the person states these facts or wonders about them.
 */
public record Understanding(Mood mood, StatedNode node, List<StatedPod> pods, Map<String, Object> config,
                            List<Busy> busy, List<String> notUnderstood, List<String> contradictions,
                            List<String> corrections, boolean anotherPod, List<String> coresAsCpus) {
    public Understanding {
        pods = List.copyOf(pods);
        coresAsCpus = List.copyOf(coresAsCpus);
        config = java.util.Collections.unmodifiableMap(new TreeMap<>(config));
        busy = List.copyOf(busy);
        notUnderstood = List.copyOf(notUnderstood);
        contradictions = List.copyOf(contradictions);
        corrections = List.copyOf(corrections);
    }

    /** Nothing left over and nothing said two ways: every fact can be used as said. */
    public boolean allUnderstood() {
        return notUnderstood.isEmpty() && contradictions.isEmpty();
    }

    /** What stops a simulation, one sentence each: the phrases left over, then the facts said two ways. */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        notUnderstood.forEach(n -> out.add("not understood: '" + n + "'"));
        out.addAll(contradictions);
        return out;
    }

    /** True when no fact at all was read: the input is a question for the knowledge base. */
    public boolean statesNothing() {
        return node.isEmpty() && pods.isEmpty() && config.isEmpty() && busy.isEmpty();
    }

    /** A node shape and at least one pod with resources: enough to simulate from scratch. */
    public boolean isWholeScenario() {
        return node.hasShape() && pods.stream().anyMatch(p -> !p.isEmpty());
    }
}
