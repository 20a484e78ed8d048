package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.json.ResultJson;
import dev.numaadvisor.adapter.lint.LintJsonWriter;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.LintInput;
import dev.numaadvisor.app.Merge;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.assistant.KnowledgeIndex;
import dev.numaadvisor.app.assistant.KubeletDraft;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.assistant.ScenarioExtractor;
import dev.numaadvisor.app.session.Paste;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.app.session.WhatIf;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engine as LLM tools: each method is one call into {@code app} and returns compact JSON.
 * Arguments arrive with redaction placeholders and are restored first; results are redacted
 * before they go back to the model. Bad input comes back as {"error": …} the model can act on.
 * Every call is recorded (name and restored arguments) for tests and the transcript.
 */
public final class AdvisorTools {
    /** One tool call as it ran: the tool's name and its arguments after restoring placeholders. */
    public record Call(String tool, List<String> arguments) {
    }

    private final Supplier<Session> session;
    private final Redactor redactor;
    private final OfflineAssistant knowledge;
    private final HybridSearch hybrid;
    private final List<Call> calls = new ArrayList<>();

    /** Knowledge search by BM25 alone (no embedding model is ever loaded). */
    public AdvisorTools(Supplier<Session> session, Redactor redactor, OfflineAssistant knowledge) {
        this(session, redactor, knowledge, null);
    }

    /** Knowledge search by {@code hybrid} (BM25 + embeddings) when given; its model loads on the first search. */
    public AdvisorTools(Supplier<Session> session, Redactor redactor, OfflineAssistant knowledge, HybridSearch hybrid) {
        this.session = session;
        this.redactor = redactor;
        this.knowledge = knowledge;
        this.hybrid = hybrid;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Tool("Simulate kubelet admission (Topology, CPU, Memory and Device managers): returns the contract JSON "
            + "with each pod's verdict, reason, exclusive CPU ids, hints and the trace. Loads the given scenario "
            + "into the session first.")
    public String simulate(@P(value = "empty for the current session; or a Scenario YAML (apiVersion: numa-advisor/v1, "
            + "kind: Scenario); or a one-sentence description such as 'two sockets of 24 cores, a GPU on NUMA 1, "
            + "a Guaranteed pod asking 8 CPUs, 16Gi and one GPU, single-numa-node'", required = false) String scenario) {
        return run("simulate", () -> {
            String s = restore(scenario);
            if (s != null && !s.isBlank()) {
                load(s);
            }
            ObjectNode json = ResultJson.of(SessionRun.run(session.get()).result());
            return Json.compact(json);
        }, scenario);
    }

    @Tool("Merge Topology Manager hints for a HintMerge document; returns the merged hint and admission as JSON")
    public String mergeHints(@P("a HintMerge YAML: apiVersion numa-advisor/v1, kind HintMerge, policy, numaNodes, "
            + "providers: {resource: [{affinity: [0], preferred: true}]}") String hintMergeYaml) {
        return run("mergeHints", () -> Json.compact(Merge.runFile("hints.yaml", restore(hintMergeYaml)).json()),
                hintMergeYaml);
    }

    @Tool("Lint a KubeletConfiguration, Pod manifest or Scenario against the NUMA rule catalogue; returns findings "
            + "with rule ids, severities and lines, and whether the kubelet would start")
    public String lint(@P("the YAML text of a KubeletConfiguration, Pod, List or Scenario") String yaml) {
        return run("lint", () -> LintJsonWriter.write(Lint.run(List.of(new LintInput("input.yaml", restore(yaml))),
                null, KubeVersion.NEWEST, RuleRegistry.standard())), yaml);
    }

    @Tool("Diagnose one pod of the session: why it was rejected or why it is not pinned to exclusive CPUs; "
            + "returns its verdict, QoS class, CPUs and the trace lines that concern it")
    public String diagnosePod(@P("the pod's name as listed by showSession") String podName) {
        return run("diagnosePod", () -> {
            String name = restore(podName);
            var result = SessionRun.run(session.get()).result();
            PodResult p = result.pod(name);
            if (p == null) {
                return error("no pod \"" + podName + "\" in the session; call showSession for the names");
            }
            ObjectNode o = Json.object();
            o.put("pod", p.name());
            o.put("qosClass", String.valueOf(p.qosClass()));
            o.put("admitted", p.admitted());
            o.put("reason", p.reason());
            o.put("message", p.message());
            ArrayNode containers = o.putArray("containers");
            p.containers().forEach(c -> containers.addObject().put("name", c.name())
                    .put("exclusiveCpus", c.exclusiveCpus()).put("cpus", c.cpus() == null ? null : c.cpus().toString()));
            ArrayNode trace = o.putArray("trace");
            result.trace().stream().filter(l -> l.contains(name)).forEach(trace::add);
            return Json.compact(o);
        }, podName);
    }

    @Tool("What-if: apply one change to a copy of the session, simulate both, return which pods change")
    public String whatIf(@P("one KNOB=VALUE: policy=restricted, scope=pod, reservedSystemCPUs=0,48, cpuPolicy=static, "
            + "memoryPolicy=Static, pod.NAME.cpu=4, device.ID.numa=0") String change) {
        return run("whatIf", () -> {
            WhatIf.Comparison c = WhatIf.compare(session.get(), restore(change));
            ObjectNode o = Json.object();
            o.put("change", c.knob());
            ArrayNode changes = o.putArray("changes");
            c.changes().forEach(ch -> changes.addObject().put("pod", ch.pod()).put("before", ch.before())
                    .put("after", ch.after()));
            return Json.compact(o);
        }, change);
    }

    @Tool("Draft a KubeletConfiguration for the session's node (static CPU and memory managers, reservations); "
            + "returns YAML that has been linted")
    public String draftKubeletConfig(@P("Topology Manager policy: none, best-effort, restricted or single-numa-node")
                                     String topologyPolicy,
                                     @P(value = "true for topologyManagerScope: pod", required = false) Boolean podScope) {
        return run("draftKubeletConfig", () -> dev.numaadvisor.app.session.ScenarioYaml.dump(
                KubeletDraft.draft(session.get(), topologyPolicy, Boolean.TRUE.equals(podScope)).fields()), topologyPolicy);
    }

    @Tool("Explain a rule id (e.g. NUMA-CPU-002) or a topic (e.g. restricted, hint merge); returns the knowledge "
            + "page text and its path to cite")
    public String explain(@P("a rule id, a policy name or a topic") String topic) {
        return run("explain", () -> {
            String page = knowledge.explain(topic);
            return page == null ? error("no knowledge page for \"" + topic + "\"; try searchKnowledge") : page;
        }, topic);
    }

    @Tool("Search the knowledge pages; returns the best paragraphs with the page path to cite")
    public String searchKnowledge(@P("keywords or a question") String query) {
        return run("searchKnowledge", () -> {
            ArrayNode hits = Json.array();
            List<KnowledgeIndex.Hit> found = hybrid == null ? knowledge.index().search(query, 3)
                    : hybrid.search(query, 3);
            found.forEach(h -> hits.addObject().put("page", h.page().path())
                    .put("title", h.page().title()).put("text", h.text()));
            return Json.compact(hits);
        }, query);
    }

    @Tool("Show the session: the node, kubelet config and pods as a Scenario YAML")
    public String showSession() {
        return run("showSession", () -> session.get().hasNode() || !session.get().pods().isEmpty()
                ? session.get().toScenarioYaml() : error("the session is empty: describe a node and a pod"));
    }

    /** A scenario as YAML (kind: Scenario) or a sentence the offline extractor understands. */
    private void load(String text) {
        Session s = session.get();
        if (text.strip().startsWith("apiVersion") || text.contains("kind: Scenario")) {
            Session candidate = s.copy();
            Paste.load(candidate, YamlSource.single(Paste.SOURCE, text), SessionRun.FILES);
            s.replaceWith(candidate);
            return;
        }
        ScenarioExtractor.Extraction e = ScenarioExtractor.extract(text);
        if (e == null) {
            throw new IllegalArgumentException("could not read a node and pod from the description; name the "
                    + "sockets, cores per socket, devices and the pod's cpu/memory, or pass a Scenario YAML");
        }
        s.replaceWith(e.session());
    }

    private interface Body {
        String get();
    }

    private String run(String tool, Body body, String... arguments) {
        List<String> restored = new ArrayList<>();
        for (String a : arguments) {
            restored.add(restore(a));
        }
        calls.add(new Call(tool, restored));
        String out;
        try {
            out = body.get();
        } catch (InputException e) {
            out = error(Paste.describe(e));
        } catch (RuntimeException e) {
            out = error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        redactor.learn(session.get());
        return redactor.redact(out);
    }

    private String restore(String s) {
        return redactor.restore(s);
    }

    private static String error(String message) {
        ObjectNode o = Json.object();
        o.put("error", message);
        return Json.compact(o);
    }
}
