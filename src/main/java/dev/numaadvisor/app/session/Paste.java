package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.checkpoint.CpuCheckpointReader;
import dev.numaadvisor.adapter.checkpoint.MemoryCheckpointReader;
import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.adapter.pod.PodReader;
import dev.numaadvisor.adapter.scenario.ScenarioDocument;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.adapter.yaml.YamlValues;
import dev.numaadvisor.core.cpu.CpuManagerCheckpoint;
import dev.numaadvisor.core.memory.MemoryManagerCheckpoint;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Recognises a pasted document by its shape (lscpu output, a KubeletConfiguration, Pod
 * manifests, a Scenario, a cpu_manager_state or memory_manager_state checkpoint) and adds it to
 * a session. All-or-nothing: the session is changed only when the whole paste reads cleanly;
 * otherwise an {@link InputException} names the problem and its line in the paste.
 */
public final class Paste {
    /** The name positions are reported against, e.g. {@code paste:3:5}. */
    public static final String SOURCE = "paste";

    private Paste() {
    }

    /** True when the text looks like a document rather than a sentence or a command. */
    public static boolean looksLikeDocument(String text) {
        String t = withoutLeadingComments(text.strip());
        return t.startsWith("{") || t.startsWith("apiVersion:") || t.startsWith("kind:") || t.startsWith("---")
                || Lscpu.looksLikeLscpu(t) || t.matches("(?s)^[A-Za-z][A-Za-z0-9]*:\\s*(\\S.*)?\\n.*");
    }

    /**
     * The text after its leading {@code #} comment lines and blank lines: a config copied from a
     * file often opens with a comment, and that must not make it a question. A text of comments
     * only is kept whole (one line starting with # is still a sentence).
     */
    private static String withoutLeadingComments(String text) {
        String rest = text;
        while (rest.startsWith("#") && rest.indexOf('\n') > 0) {
            rest = rest.substring(rest.indexOf('\n') + 1).strip();
        }
        return rest.isEmpty() || rest.startsWith("#") ? text : rest;
    }

    /** Adds the paste to {@code session}; returns the one-line confirmation. */
    public static String add(Session session, String text, Function<String, String> loader) {
        if (Lscpu.looksLikeLscpu(text)) {
            CompactTopology read = Lscpu.topology(text);
            session.node(read, session.devices());
            return "node set from lscpu: " + NodeSpec.describe(session) + "\n" + Lscpu.assumed(text, read);
        }
        YNode doc = YamlSource.single(SOURCE, text);
        if (doc.isMap() && doc.has("policyName") && doc.has("defaultCpuSet")) {
            CpuManagerCheckpoint cp = CpuCheckpointReader.read(doc);
            doc.problems().throwIfAny();
            session.state(session.state().withCpuCheckpoint(new PastedCheckpoint<>(cp,
                    YamlValues.frozenMap(doc.toJava()))));
            return "cpu_manager_state added to the node's running state (policy " + cp.policyName() + ")";
        }
        if (doc.isMap() && doc.has("machineState") && doc.has("policyName")) {
            MemoryManagerCheckpoint cp = MemoryCheckpointReader.read(doc);
            doc.problems().throwIfAny();
            session.state(session.state().withMemoryCheckpoint(new PastedCheckpoint<>(cp,
                    YamlValues.frozenMap(doc.toJava()))));
            return "memory_manager_state added to the node's running state";
        }
        if (KubeletConfigReader.looksLikeConfig(doc)) {
            KubeletConfigReader.read(doc);
            doc.problems().throwIfAny();
            session.config(SessionConfig.of(YamlValues.frozenMap(doc.toJava())));
            return "kubelet config replaced: " + ConfigView.oneLine(session);
        }
        if (PodReader.isPodLike(doc)) {
            return addPods(session, doc);
        }
        if (doc.isMap() && "Scenario".equals(doc.string("kind", null))) {
            return load(session, doc, loader);
        }
        throw new IllegalArgumentException("this paste is not a Pod, a KubeletConfiguration, a Scenario, "
                + "lscpu output or a cpu_manager_state (line 1)");
    }

    private static String addPods(Session session, YNode doc) {
        String kind = doc.get("kind").scalarOrNull();
        List<PodDocument> read = PodReader.readAll(doc);
        doc.problems().throwIfAny();
        List<ScenarioPod> pods = new ArrayList<>();
        read.forEach(p -> pods.add(ScenarioPod.of(p.pod())));
        if (pods.size() != 1 || !"Pod".equals(kind)) {
            // Templates and Lists are stored as the pods the reader made of them.
            StringBuilder names = new StringBuilder();
            for (ScenarioPod p : pods) {
                session.putPod(p);
                names.append(names.length() > 0 ? ", " : "").append(p.name());
            }
            return "added pod(s) " + names + " (from " + kind + ")";
        }
        ScenarioPod pod = pods.get(0);
        boolean replaced = session.putPod(pod);
        return (replaced ? "replaced pod " : "added pod ") + pod.name() + " (" + pod.appContainers().size()
                + " container(s), " + PodSpec.summary(pod) + ")";
    }

    /** Replaces the whole session with a Scenario document (all-or-nothing). */
    public static String load(Session session, YNode doc, Function<String, String> loader) {
        ScenarioDocument read = ScenarioReader.read(doc, SOURCE, loader);
        YNode node = doc.get("node");
        Session fresh = new Session();
        fresh.node(read.hardware().topology(), read.hardware().devices());
        if (node.has("kubeletConfig")) {
            fresh.config(SessionConfig.of(YamlValues.frozenMap(node.get("kubeletConfig").toJava())));
        } else if (node.has("kubeletConfigFile")) {
            String file = node.get("kubeletConfigFile").scalarOrNull();
            String text = loader.apply(file);
            fresh.config(SessionConfig.of(YamlValues.frozenMap(YamlSource.single(file, text).toJava())));
        }
        fresh.state(runningState(node.get("state"), read));
        read.input().pods().forEach(p -> fresh.putPod(ScenarioPod.of(p)));
        session.replaceWith(fresh);
        return "scenario loaded: " + NodeSpec.describe(session).lines().findFirst().orElse("") + "; "
                + session.pods().size() + " pod(s)";
    }

    private static RunningState runningState(YNode state, ScenarioDocument read) {
        RunningState r = RunningState.EMPTY;
        if (state == null || !state.isMap()) {
            return r;
        }
        if (read.input().cpuCheckpoint() != null) {
            r = r.withCpuCheckpoint(new PastedCheckpoint<>(read.input().cpuCheckpoint(),
                    YamlValues.frozenMap(state.get("cpuManagerCheckpoint").toJava())));
        }
        if (read.input().memoryCheckpoint() != null) {
            r = r.withMemoryCheckpoint(new PastedCheckpoint<>(read.input().memoryCheckpoint(),
                    YamlValues.frozenMap(state.get("memoryManagerCheckpoint").toJava())));
        }
        List<ScenarioPod> running = new ArrayList<>();
        read.input().runningPods().forEach(p -> running.add(ScenarioPod.of(p)));
        return r.withRunningPods(running);
    }

    /** Thrown problems as one message: the first problem with its position in the paste. */
    public static String describe(InputException e) {
        StringBuilder sb = new StringBuilder();
        for (var p : e.problems()) {
            sb.append(sb.length() > 0 ? "\n" : "").append(p);
        }
        return sb.toString();
    }
}
