package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.adapter.pod.PodReader;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.problem.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String t = text.strip();
        return t.startsWith("{") || t.startsWith("apiVersion:") || t.startsWith("kind:") || t.startsWith("---")
                || Lscpu.looksLikeLscpu(t) || t.matches("(?s)^[A-Za-z][A-Za-z0-9]*:\\s*(\\S.*)?\\n.*");
    }

    /** Adds the paste to {@code session}; returns the one-line confirmation. */
    public static String add(Session session, String text, Function<String, String> loader) {
        if (Lscpu.looksLikeLscpu(text)) {
            Map<String, Object> topology = Lscpu.topology(text);
            session.topology(topology);
            return "node set from lscpu: " + NodeSpec.describe(session);
        }
        YNode doc = YamlSource.single(SOURCE, text);
        if (doc.isMap() && doc.has("policyName") && doc.has("defaultCpuSet")) {
            session.state().put("cpuManagerCheckpoint", doc.toJava());
            return "cpu_manager_state added to the node's running state (policy "
                    + doc.get("policyName").scalarOrNull() + ")";
        }
        if (doc.isMap() && doc.has("machineState") && doc.has("policyName")) {
            session.state().put("memoryManagerCheckpoint", doc.toJava());
            return "memory_manager_state added to the node's running state";
        }
        if (KubeletConfigReader.looksLikeConfig(doc)) {
            KubeletConfigReader.read(doc);
            doc.problems().throwIfAny();
            session.kubeletConfig(asMap(doc.toJava()));
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
        List<PodDocument> read = PodReader.readAll(doc);
        doc.problems().throwIfAny();
        Map<String, Object> manifest = asMap(doc.toJava());
        if (read.size() != 1 || !"Pod".equals(manifest.get("kind"))) {
            // Templates and Lists are stored as the pods the reader made of them.
            StringBuilder names = new StringBuilder();
            for (PodDocument p : read) {
                session.pods().put(p.pod().name(), PodManifests.fromPod(p.pod()));
                names.append(names.length() > 0 ? ", " : "").append(p.pod().name());
            }
            return "added pod(s) " + names + " (from " + manifest.get("kind") + ")";
        }
        String name = read.get(0).pod().name();
        boolean replaced = session.pods().containsKey(name);
        session.pods().put(name, manifest);
        return (replaced ? "replaced pod " : "added pod ") + name + " (" + read.get(0).pod().containers().size()
                + " container(s), " + PodSpec.summary(manifest) + ")";
    }

    /** Replaces the whole session with a Scenario document. */
    @SuppressWarnings("unchecked")
    public static String load(Session session, YNode doc, Function<String, String> loader) {
        ScenarioReader.read(doc, SOURCE, loader);
        Map<String, Object> all = asMap(doc.toJava());
        Session fresh = new Session();
        Map<String, Object> node = asMap(all.get("node"));
        fresh.topology(asMap(node.get("topology")));
        if (node.get("devices") instanceof List) {
            for (Object d : (List<Object>) node.get("devices")) {
                fresh.devices().add(asMap(d));
            }
        }
        if (node.get("kubeletConfig") instanceof Map) {
            fresh.kubeletConfig(asMap(node.get("kubeletConfig")));
        } else if (node.get("kubeletConfigFile") != null) {
            String text = loader.apply(String.valueOf(node.get("kubeletConfigFile")));
            fresh.kubeletConfig(asMap(YamlSource.single("kubeletConfigFile", text).toJava()));
        }
        if (node.get("state") instanceof Map) {
            fresh.state().putAll(asMap(node.get("state")));
        }
        if (all.get("pods") instanceof List) {
            for (Object p : (List<Object>) all.get("pods")) {
                Map<String, Object> pod = asMap(p);
                Object name = asMap(pod.get("metadata")).get("name");
                fresh.pods().put(String.valueOf(name), pod);
            }
        }
        session.replaceWith(fresh);
        return "scenario loaded: " + NodeSpec.describe(session).lines().findFirst().orElse("") + "; "
                + session.pods().size() + " pod(s)";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        if (o instanceof Map) {
            return (Map<String, Object>) o;
        }
        return new LinkedHashMap<>();
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
