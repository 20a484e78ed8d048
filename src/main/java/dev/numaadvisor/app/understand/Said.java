package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.List;

/**
 * The understanding step for the entry points that take one thing at a time: a node
 * ({@code /node set}, {@code draft --machine}, the labs) or a pod ({@code /pod add},
 * {@code draft --pod}). They read English and the compact notations alike. Anything not
 * understood, anything that is not the one thing asked for, and any question only the user can
 * answer is an IllegalArgumentException naming it: nothing is stored on a guess.
 */
public final class Said {
    /** A resolved node, with the facts as stated (kept so follow-ups can correct them). */
    public record Node(NodePlan plan, StatedNode stated, List<String> assumed) {
    }

    private Said() {
    }

    public static Node node(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("give the shape, e.g. 2x24x2 gpu@1 (sockets x cores x threads)");
        }
        // In the compact notation mem= is the memory of each NUMA node.
        Understanding u = Understand.read(text.replaceAll("\\bmem=(\\S+)", "$1 per NUMA node"));
        List<String> problems = new ArrayList<>(u.problems());
        if (!u.pods().isEmpty()) {
            problems.add("a pod is not part of the node (add it with /pod add)");
        }
        u.config().keySet().forEach(k -> problems.add("the kubelet setting " + k + " is not part of the node (/config set)"));
        if (!u.busy().isEmpty()) {
            problems.add("busy CPUs are not part of the node (/whatif busy=NUMA:CPUS)");
        }
        if (u.node().isEmpty() && problems.isEmpty()) {
            problems.add("not understood: '" + text.strip() + "'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not read as a node: " + String.join("; ", problems)
                    + " — expected e.g. 2x24x2 nps=2 mem=256Gi gpu@1, or \"2 sockets, 24 cores per socket, GPU on NUMA 1\"");
        }
        Resolution r = ResolveNode.of(u.node());
        if (r.node() == null) {
            throw new IllegalArgumentException(String.join(" ", r.questions()));
        }
        return new Node(r.node(), u.node(), r.assumed());
    }

    public static ScenarioPod pod(String name, String text) {
        List<String> words = List.of(text.trim().split("\\s+"));
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0) {
                // The compact form names its amounts: a bad one is refused by name, not as a stray phrase.
                try {
                    Quantity.parse(w.substring(eq + 1).replaceAll(",$", ""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot read \"" + w + "\": " + e.getMessage());
                }
            }
        }
        Understanding u = Understand.read("pod " + name + " " + text);
        if (!u.allUnderstood() || u.pods().size() != 1 || !u.node().isEmpty() || !u.config().isEmpty()) {
            throw new IllegalArgumentException("cannot read \"" + text + "\""
                    + (u.allUnderstood() ? "" : " (" + String.join("; ", u.problems()) + ")")
                    + " — expected cpu=8, mem=16Gi, gpu=1 [burstable], or \"8 CPUs, 16Gi and one GPU\"");
        }
        StatedPod one = u.pods().get(0);
        ResolvePods.Result r = ResolvePods.of(List.of(new StatedPod(name, one.qos(), one.containers(), 1)));
        if (!r.questions().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", r.questions()));
        }
        return r.pods().get(0);
    }
}
