package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionConfig;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.Mood;
import dev.numaadvisor.app.understand.NodePlan;
import dev.numaadvisor.app.understand.Resolution;
import dev.numaadvisor.app.understand.ResolveNode;
import dev.numaadvisor.app.understand.ResolvePods;
import dev.numaadvisor.app.understand.SessionPlan;
import dev.numaadvisor.app.understand.Understanding;
import dev.numaadvisor.core.scenario.ScenarioContainer;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The offline assistant's side of a conversation about a node and its pods. Each input's facts
 * are listed as understood, the phrases it could not attach are named, and nothing is simulated
 * on a guess: with anything not understood, a question to ask, or a pod asking for a device the
 * node does not have, it says so and stops. A statement changes the session; a "what if" is
 * tried on a copy and shown as before and after.
 */
public final class ScenarioDialog {
    private ScenarioDialog() {
    }

    /** The reply to {@code u}; {@code session} and {@code conversation} change only for a statement. */
    public static String answer(Session session, Conversation conversation, Understanding u) {
        boolean wonder = u.mood() == Mood.WONDER && session.hasNode() && !session.pods().isEmpty()
                && !u.isWholeScenario();
        Conversation next = conversation.copy();
        if (!wonder && session.hasNode() && conversation.node().isEmpty() && !u.isWholeScenario()) {
            // The node came from a paste or /node set: what is said now is laid over it.
            next.node(NodeFacts.of(session));
        }
        next.hear(u);
        StringBuilder sb = new StringBuilder();
        sb.append(UnderstoodText.write(u));
        Resolution node = ResolveNode.of(next.node());
        ResolvePods.Result pods = ResolvePods.of(next.pods());
        List<String> assumed = new ArrayList<>(node.assumed());
        assumed.addAll(pods.assumed());
        String policy = (String) next.config().getOrDefault("topologyManagerPolicy", null);
        if (policy == null) {
            assumed.add("Topology Manager policy single-numa-node (strict alignment; say another policy to change)");
        }
        List<String> questions = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        for (String q : node.questions()) {
            // A count never said is a gap to fill, not a doubt about what was said.
            (q.startsWith("How many") ? needs : questions).add(q);
        }
        questions.addAll(pods.questions());
        if (next.pods().isEmpty() && !wonder) {
            needs.add("Which pod should I place? e.g. \"a Guaranteed pod asking 8 CPUs, 16Gi and one GPU\"");
        }
        if (node.node() != null && node.node().threadsPerCore() > 1) {
            int threads = node.node().threadsPerCore();
            for (String said : u.coresAsCpus()) {
                int n = Integer.parseInt(said.replaceAll("\\D.*", ""));
                assumed.add("'" + said + "' is " + n + " CPUs (Kubernetes counts CPUs: hardware threads), "
                        + (n % threads == 0 ? n / threads + " whole cores" : "not a whole number of cores") + " with "
                        + threads + " threads per core; say \"make that " + n * threads + " CPUs\" if you meant " + n + " whole cores");
            }
        }
        if (!assumed.isEmpty() && node.node() != null && !wonder && (u.node().hasShape() || u.isWholeScenario())) {
            sb.append("## What I assumed\n");
            assumed.forEach(a -> sb.append("- ").append(a).append('\n'));
        }
        if (!u.allUnderstood() || !questions.isEmpty() || !needs.isEmpty()) {
            if (!wonder) {
                // What was understood is kept, so the answer to the question only has to add the rest.
                conversation.hear(u);
                keep(session, next, node.node(), pods.pods(), policy);
            }
            if (!u.allUnderstood() || !questions.isEmpty()) {
                sb.append("\n## Before I simulate\n");
                u.notUnderstood().forEach(n -> sb.append("- Not understood: '").append(n)
                        .append("'. What does it say about the node or the pod? (Rephrase it, or leave it out.)\n"));
                u.contradictions().forEach(c -> sb.append("- ").append(c).append('\n'));
                questions.forEach(q -> sb.append("- ").append(q).append('\n'));
                sb.append("Nothing was simulated: I would be guessing.\n");
            }
            if (!needs.isEmpty()) {
                sb.append("\n## To simulate, I also need\n");
                needs.forEach(q -> sb.append("- ").append(q).append('\n'));
            }
            return sb.toString();
        }
        String missing = missingDevices(node.node(), pods.pods());
        if (missing != null) {
            if (!wonder) {
                conversation.hear(u);
                keep(session, next, node.node(), pods.pods(), policy);
            }
            return sb.append('\n').append(missing).toString();
        }
        Session candidate = session.copy();
        apply(candidate, next, node.node(), pods.pods(), policy);
        sb.append('\n');
        if (wonder || session.hasNode() && !session.pods().isEmpty() && !u.isWholeScenario()) {
            sb.append(BeforeAfter.write(session, candidate, wonder));
        }
        if (!wonder) {
            conversation.hear(u);
            session.replaceWith(candidate);
            Simulate.Outcome outcome = SessionRun.run(session);
            // The answer first: what was read and how the managers got there follow it.
            sb.insert(0, DirectAnswer.write(outcome, pods.pods().stream().map(ScenarioPod::name).toList()));
            sb.append(Walkthrough.write(session, outcome, pods.pods().get(0).name()));
            sb.append(OtherPods.write(outcome, pods.pods()));
        }
        return sb.toString();
    }

    /** What was understood goes into the session even when the rest is asked about: pods and settings need no node. */
    private static void keep(Session session, Conversation c, NodePlan node, List<ScenarioPod> pods, String policy) {
        Session candidate = session.copy();
        if (node != null) {
            apply(candidate, c, node, pods, policy);
        } else {
            SessionPlan.pods(candidate, pods);
            Map<String, Object> config = new LinkedHashMap<>(candidate.config().fields());
            config.putAll(c.config());
            candidate.config(SessionConfig.of(config));
        }
        session.replaceWith(candidate);
    }

    private static void apply(Session s, Conversation c, NodePlan node, List<ScenarioPod> pods, String policy) {
        SessionPlan.node(s, node);
        SessionPlan.pods(s, pods);
        if (!pods.isEmpty()) {
            Map<String, Object> config = new LinkedHashMap<>(KubeletDraft.draft(s,
                    policy == null ? "single-numa-node" : policy, false).fields());
            c.config().forEach((k, v) -> {
                if (v instanceof Map && config.get(k) instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) config.get(k));
                    merged.putAll(castMap(v));
                    config.put(k, merged);
                } else {
                    config.put(k, v);
                }
            });
            s.config(SessionConfig.of(config));
        } else if (!c.config().isEmpty()) {
            // No pod to draft for yet: the settings said are laid over the session's config as they are.
            Map<String, Object> config = new LinkedHashMap<>(s.config().fields());
            config.putAll(c.config());
            s.config(SessionConfig.of(config));
        }
        SessionPlan.busy(s, c.busy(), node);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object v) {
        return (Map<String, Object>) v;
    }

    /** Called out before any simulation: the scheduler would never bind such a pod to this node. */
    private static String missingDevices(NodePlan node, List<ScenarioPod> pods) {
        TreeSet<String> have = new TreeSet<>();
        node.devices().forEach(d -> have.add(d.resource()));
        StringBuilder sb = new StringBuilder();
        for (ScenarioPod p : pods) {
            for (ScenarioContainer c : p.containers()) {
                for (String r : c.requests().keySet()) {
                    if (r.contains("/") && !have.contains(r) && !c.requests().get(r).isZero()) {
                        sb.append("The node has no ").append(r).append(": the scheduler would not place pod ")
                                .append(p.name()).append(" here (it asks ").append(c.requests().get(r)).append(").\n");
                    }
                }
            }
        }
        if (sb.length() == 0) {
            return null;
        }
        return sb.append("Nothing was simulated. Say where the device is (\"a GPU on NUMA 1\"), or take it out of the pod.\n")
                .toString();
    }
}
