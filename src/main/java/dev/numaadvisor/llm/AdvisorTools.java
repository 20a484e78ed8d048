package dev.numaadvisor.llm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.numaadvisor.adapter.json.Json;
import dev.numaadvisor.adapter.json.ResultJson;
import dev.numaadvisor.adapter.lint.LintJsonWriter;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.app.Lint;
import dev.numaadvisor.app.Merge;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.assistant.KnowledgeIndex;
import dev.numaadvisor.app.assistant.KubeletDraft;
import dev.numaadvisor.app.assistant.OfflineAssistant;
import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.Paste;
import dev.numaadvisor.app.session.ScenarioYaml;
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
    /**
     * One tool call as it ran: the tool's name and its given arguments after restoring placeholders
     * (strings as they are, structured arguments as compact JSON without null fields).
     */
    public record Call(String tool, List<String> arguments) {
    }

    /** Writes structured arguments without their unset fields, in record order. */
    private static final ObjectMapper ARGUMENTS = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

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
            + "with each pod's verdict, reason, exclusive CPU ids, hints and the trace. With a node (and pods and a "
            + "config) the session is replaced by them first; with scenarioYaml that Scenario is loaded; with "
            + "neither the current session is simulated.")
    public String simulate(@P(value = "the node: sockets and coresPerSocket are required", required = false)
                           ToolNode node,
                           @P(value = "the pods to admit, in order", required = false) List<ToolPod> pods,
                           @P(value = "the kubelet config; omit for the kubelet's defaults, or {draft: true, "
                                   + "topologyManagerPolicy: single-numa-node} for a checked drafted one",
                                   required = false) ToolConfig config,
                           @P(value = "instead of node, pods and config: a whole Scenario YAML (apiVersion: "
                                   + "numa-advisor/v1, kind: Scenario)", required = false) String scenarioYaml) {
        ToolNode n = restore(node, ToolNode.class);
        List<ToolPod> p = restore(pods);
        ToolConfig c = restore(config, ToolConfig.class);
        String yaml = restore(scenarioYaml);
        return run("simulate", () -> {
            load("simulate", n, p, c, yaml);
            return Json.compact(ResultJson.of(SessionRun.run(session.get()).result()));
        }, n, p, c, yaml);
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
        return run("lint", () -> LintJsonWriter.write(Lint.text("input.yaml", restore(yaml), KubeVersion.NEWEST,
                RuleRegistry.standard())), yaml);
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
            o.put("verdict", p.verdict().name());
            o.put("reason", p.reason());
            o.put("message", p.message());
            o.put("decidedBy", p.stage() == null ? null : p.stage().name());
            ArrayNode containers = o.putArray("containers");
            p.containers().forEach(c -> DiagnosisJson.container(containers.addObject(), c));
            ArrayNode trace = o.putArray("trace");
            // The engine tags each step with its pod: no searching of the words for the name.
            result.stepsAbout(p.name()).forEach(step -> trace.add(step.text()));
            return Json.compact(o);
        }, podName);
    }

    @Tool("What-if: apply one change to a copy of the session, simulate both, return which pods change")
    public String whatIf(@P("exactly one change: a kubelet config field, a pod's request (pod, resource, amount), "
            + "a device's NUMA node (device, deviceNumaNode), or CPUs running pods already hold (busyNumaNode, "
            + "busyCpus)") ToolChange change) {
        ToolChange ch = restore(change, ToolChange.class);
        return run("whatIf", () -> {
            String assignment = ToolArgs.required(ch, "whatIf", "change").assignment("whatIf");
            WhatIf.Comparison c = WhatIf.compare(session.get(), assignment);
            ObjectNode o = Json.object();
            o.put("change", c.knob());
            ArrayNode changes = o.putArray("changes");
            c.changes().forEach(x -> changes.addObject().put("pod", x.pod()).put("before", x.before())
                    .put("after", x.after()));
            return Json.compact(o);
        }, ch);
    }

    @Tool("Draft a KubeletConfiguration (static CPU and memory managers, reservations) for a node and one pod: "
            + "the given ones, else the session's node and first pod; returns YAML that has been linted and "
            + "simulated. The session is not changed.")
    public String draftKubeletConfig(@P(value = "Topology Manager policy: none, best-effort, restricted or "
                                             + "single-numa-node; omit for the strictest that admits the pod aligned",
                                             required = false) String topologyPolicy,
                                     @P(value = "true for topologyManagerScope: pod", required = false) Boolean podScope,
                                     @P(value = "the node to draft for; omit for the session's", required = false)
                                     ToolNode node,
                                     @P(value = "the pod to draft for; omit for the session's first pod",
                                             required = false) ToolPod pod) {
        String policy = restore(topologyPolicy);
        ToolNode n = restore(node, ToolNode.class);
        ToolPod p = restore(pod, ToolPod.class);
        return run("draftKubeletConfig", () -> {
            Session target = session.get().copy();
            if (n != null) {
                NodeSpec.Node parsed = n.toNode("draftKubeletConfig");
                target.node(parsed.topology(), parsed.devices());
            }
            if (p != null) {
                target.clearPods();
                target.putPod(p.toPod("draftKubeletConfig", "pod"));
            }
            if (!target.hasNode()) {
                throw new IllegalArgumentException("draftKubeletConfig: node is required (the session has none)");
            }
            return ScenarioYaml.dump(KubeletDraft.draft(target, policy, Boolean.TRUE.equals(podScope)).fields());
        }, policy, podScope, n, p);
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

    /**
     * Replaces the session with the given node, pods and config, or with a Scenario YAML; with
     * neither it stays as it is. All-or-nothing: the new session is built apart and committed last.
     */
    private void load(String tool, ToolNode node, List<ToolPod> pods, ToolConfig config, String scenarioYaml) {
        boolean yaml = scenarioYaml != null && !scenarioYaml.isBlank();
        if (yaml && (node != null || pods != null || config != null)) {
            throw new IllegalArgumentException(tool + ": give scenarioYaml or node, pods and config, not both");
        }
        Session candidate = new Session();
        if (yaml) {
            Paste.load(candidate, YamlSource.single(Paste.SOURCE, scenarioYaml), SessionRun.FILES);
        } else if (node != null) {
            NodeSpec.Node n = node.toNode(tool);
            candidate.node(n.topology(), n.devices());
            List<ToolPod> given = pods == null ? List.of() : pods;
            for (int i = 0; i < given.size(); i++) {
                candidate.putPod(ToolArgs.required(given.get(i), tool, "pods[" + i + "]").toPod(tool,
                        "pods[" + i + "]"));
            }
            if (config != null) {
                config.applyTo(candidate, tool);
            }
        } else if (pods != null || config != null) {
            throw new IllegalArgumentException(tool + ": node is required with pods or config");
        } else {
            return;
        }
        session.get().replaceWith(candidate);
    }

    private interface Body {
        String get();
    }

    /** Runs one tool with its restored arguments (recorded as JSON) and redacts what goes back. */
    private String run(String tool, Body body, Object... arguments) {
        List<String> recorded = new ArrayList<>();
        for (Object a : arguments) {
            if (a != null) {
                recorded.add(a instanceof String ? restore((String) a) : ARGUMENTS.valueToTree(a).toString());
            }
        }
        calls.add(new Call(tool, recorded));
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

    /** Placeholders put back in every string of a structured argument (through its JSON form). */
    private <T> T restore(T value, Class<T> type) {
        if (value == null || !redactor.enabled()) {
            return value;
        }
        try {
            return ARGUMENTS.readValue(redactor.restore(ARGUMENTS.writeValueAsString(value)), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tool arguments did not survive their own JSON form", e);
        }
    }

    private List<ToolPod> restore(List<ToolPod> pods) {
        if (pods == null) {
            return null;
        }
        List<ToolPod> out = new ArrayList<>();
        pods.forEach(p -> out.add(restore(p, ToolPod.class)));
        return out;
    }

    private static String error(String message) {
        return ToolErrors.json(message);
    }
}
