package dev.numaadvisor.app;

import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.pod.PodDocument;
import dev.numaadvisor.adapter.pod.PodReader;
import dev.numaadvisor.adapter.scenario.MachineReader;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import dev.numaadvisor.core.rule.LintPod;
import dev.numaadvisor.core.rule.StateCheckpoint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorts every document of the inputs by shape: KubeletConfiguration (also configz JSON), Pod,
 * workload or List, Scenario (its node's kubeletConfig, machine, state and pods), or a kubelet
 * checkpoint file. Anything else, and any unreadable file, is an input error; other files still run.
 */
final class LintReader {
    private final LintDocuments docs = new LintDocuments();

    static LintDocuments read(List<LintInput> inputs) {
        LintReader r = new LintReader();
        for (LintInput in : inputs) {
            r.readFile(in);
        }
        return r.docs;
    }

    /** The machine of a Scenario file's {@code node} (for --node), or an InputException. */
    static Machine readNode(LintInput in) {
        YNode doc = YamlSource.single(in.fileName(), in.text());
        YNode node = doc.isMap() && doc.has("node") ? doc.get("node") : doc;
        Machine m = MachineReader.read(node.isMap() ? node.get("topology") : null,
                node.isMap() && node.has("devices") ? node.get("devices") : null);
        List<Problem> problems = doc.problems().all();
        if (m == null || !problems.isEmpty()) {
            throw new InputException(problems.isEmpty() ? List.of(new Problem(Problem.Kind.REQUIRED, "node.topology",
                    doc.position(), null, "--node needs a Scenario file with node.topology", null)) : problems);
        }
        return m;
    }

    private void readFile(LintInput in) {
        List<YNode> documents;
        try {
            documents = YamlSource.documents(in.fileName(), in.text());
        } catch (InputException e) {
            docs.inputErrors.addAll(e.problems());
            return;
        }
        if (documents.isEmpty()) {
            // Nothing read is not nothing wrong: "0 errors, kubelet starts" would vouch for text never seen.
            docs.inputErrors.add(new Problem(Problem.Kind.REQUIRED, "", new SourcePosition(in.fileName(), 1, 1),
                    null, "the file holds no YAML document: nothing to lint",
                    "lint reads kubelet configs, pod manifests, scenarios and state files"));
            return;
        }
        for (YNode doc : documents) {
            if (doc.isNull()) {
                docs.inputErrors.add(new Problem(Problem.Kind.REQUIRED, "", doc.position(), null,
                        "the document is empty (null): nothing to lint", null));
                continue;
            }
            int before = doc.problems().all().size();
            boolean lenient = readDocument(doc);
            List<Problem> all = doc.problems().all();
            for (Problem p : all.subList(before, all.size())) {
                (lenient ? docs.ignored : docs.inputErrors).add(p);
            }
        }
    }

    /** Reads one document; true when its YAML-level problems are lenient (a KubeletConfiguration). */
    private boolean readDocument(YNode doc) {
        if (KubeletConfigReader.looksLikeConfig(doc)) {
            addConfig(doc);
            return true;
        }
        String kind = doc.isMap() && doc.has("kind") ? doc.get("kind").scalarOrNull() : null;
        if ("Scenario".equals(kind)) {
            readScenario(doc);
            return false;
        }
        if (PodReader.isPodLike(doc)) {
            addPods(doc);
            return false;
        }
        StateCheckpoint checkpoint = CheckpointShape.recognise(doc);
        if (checkpoint != null) {
            docs.addCheckpoint(checkpoint, doc);
            return false;
        }
        docs.inputErrors.add(new Problem(Problem.Kind.UNSUPPORTED, "kind", doc.position(), kind,
                "not a KubeletConfiguration, Pod, workload, List, Scenario or kubelet checkpoint",
                "lint reads kubelet configs, pod manifests, scenarios and state files"));
        return false;
    }

    private void addConfig(YNode doc) {
        Map<String, String> scalars = new TreeMap<>();
        YNode inner = doc.has("kubeletconfig") && doc.keys().size() == 1 ? doc.get("kubeletconfig") : doc;
        if (inner.isMap()) {
            for (String key : inner.keys()) {
                YNode v = inner.get(key);
                if (v.isScalar() && !v.isNull()) {
                    scalars.put(key, v.scalarOrNull());
                }
            }
        }
        docs.configs.add(new LintDocuments.Config(KubeletConfigReader.read(doc), scalars));
    }

    private void addPods(YNode doc) {
        for (PodDocument p : PodReader.readAll(doc)) {
            docs.pods.add(new LintPod(p.pod(), p.origin(), p.position(), p.positions()));
        }
    }

    /**
     * A Scenario's parts one by one; its own fields are checked as {@code simulate} checks them
     * (a wrong apiVersion or an unknown field is an input error, not a clean lint).
     */
    private void readScenario(YNode doc) {
        ScenarioReader.checkOwnFields(doc);
        YNode node = doc.has("node") ? doc.get("node") : null;
        if (node != null && node.isMap()) {
            if (node.has("kubeletConfig")) {
                addConfig(node.get("kubeletConfig"));
            }
            if (node.has("topology") && docs.machine == null) {
                docs.machine = MachineReader.read(node.get("topology"), node.has("devices") ? node.get("devices") : null);
            }
            YNode state = node.has("state") ? node.get("state") : null;
            if (state != null && state.isMap()) {
                for (String key : List.of("cpuManagerCheckpoint", "memoryManagerCheckpoint")) {
                    StateCheckpoint c = state.has(key) ? CheckpointShape.recognise(state.get(key)) : null;
                    if (c != null) {
                        docs.addCheckpoint(c, state.get(key));
                    }
                }
            }
        }
        YNode pods = doc.get("pods");
        if (pods != null && !pods.isNull()) {
            // items() reports a pods: that is not a list.
            for (YNode pod : pods.items()) {
                addPods(pod);
            }
        }
    }
}
