package dev.numaadvisor.app;

import dev.numaadvisor.app.session.RunningState;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionConfig;
import dev.numaadvisor.app.session.SessionInput;
import dev.numaadvisor.core.admission.NodeSimulator;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Verdict;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.rule.Finding;
import dev.numaadvisor.core.rule.LintResult;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.rule.Severity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The draft use case: a KubeletConfiguration for a node and one intended Guaranteed pod, right by
 * construction and checked twice before it is returned: lint must report no error and the node
 * simulator must admit the intended pod aligned. A draft that fails either check throws
 * IllegalStateException (a bug in the drafting, never silently printed). Advisory only.
 */
public final class Draft {
    public static final List<String> POLICIES = List.of("none", "best-effort", "restricted", "single-numa-node");
    /** Capacity runs stop here even if the node could hold more copies (bounded work). */
    static final int MAX_COPIES = 256;

    private Draft() {
    }

    /**
     * {@code node}: a session with a node (topology, devices); its config, state and pods are
     * ignored. {@code strictness}: a Topology Manager policy, or null to choose the strictest that
     * admits the intended pod aligned: single-numa-node, else restricted, else best-effort (a pod
     * spanning NUMA nodes under the Static Memory Manager gets a non-preferred memory hint, which
     * restricted rejects).
     */
    public static DraftResult draft(Session node, ScenarioPod intended, String strictness, KubeVersion version) {
        return draft(node, intended, strictness, version, true);
    }

    /**
     * As {@link #draft(Session, ScenarioPod, String, KubeVersion)}; {@code withCapacity} false skips the
     * per-policy capacity runs (empty capacity list) for callers that only need the config.
     */
    public static DraftResult draft(Session node, ScenarioPod intended, String strictness,
                                    KubeVersion version, boolean withCapacity) {
        if (!node.hasNode()) {
            throw new IllegalStateException("no node to draft for: give --node SCENARIO or --machine 2x24x2 gpu@1");
        }
        if (strictness != null && !POLICIES.contains(strictness)) {
            throw new IllegalArgumentException("unknown strictness \"" + strictness + "\": expected one of "
                    + POLICIES);
        }
        Session base = node.copy();
        base.clearPods();
        base.state(RunningState.EMPTY);
        base.config(SessionConfig.defaults());
        base.putPod(intended.named(DraftIntent.POD_NAME));
        SimulationInput probe = SessionInput.document(base).input();
        DraftPlan plan = DraftPlan.of(probe.machine(), probe.pods().get(0));
        List<String> candidates = strictness != null ? List.of(strictness)
                : List.of("single-numa-node", "restricted", "best-effort");
        List<String> tried = new ArrayList<>();
        for (String policy : candidates) {
            List<DraftResult.Field> fields = plan.fields(policy);
            String yaml = DraftConfigYaml.render(fields);
            Session configured = withConfig(base, fields);
            SimulationResult sim = NodeSimulator.run(SessionInput.document(configured).input());
            Outcome outcome = outcome(sim, probe.machine());
            String admission = outcome.text();
            // The verdict and the aligned nodes are read from the result, never from the sentence.
            boolean wanted = "none".equals(policy) ? outcome.admitted() : outcome.aligned();
            if (wanted) {
                return finish(plan, policy, fields, yaml, configured, probe, version, admission, tried, withCapacity);
            }
            tried.add(policy + ": " + admission);
        }
        throw new IllegalStateException("draft failed its own check, the simulator does not admit the intended pod"
                + " aligned: " + String.join("; ", tried));
    }

    private static DraftResult finish(DraftPlan plan, String policy, List<DraftResult.Field> fields, String yaml,
                                      Session configured, SimulationInput probe, KubeVersion version,
                                      String admission, List<String> tried, boolean withCapacity) {
        LintResult lint = Lint.withMachine(List.of(new LintInput("draft.yaml", yaml)), probe.machine(), version,
                RuleRegistry.standard());
        List<String> errors = new ArrayList<>();
        for (Finding f : lint.findings()) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f.ruleId() + " " + f.message());
            }
        }
        if (!lint.kubeletStarts() || !errors.isEmpty() || !lint.inputErrors().isEmpty()) {
            throw new IllegalStateException("draft failed its own check, lint reports " + errors + " "
                    + lint.inputErrors() + (lint.kubeletStarts() ? "" : "; start error " + lint.kubeletStartError()));
        }
        List<DraftResult.Capacity> capacity = new ArrayList<>();
        for (String p : withCapacity ? POLICIES : List.<String>of()) {
            capacity.add(capacity(configured, p, probe.pods().get(0)));
        }
        List<String> reasoning = plan.reasoning(policy, admission);
        tried.forEach(t -> reasoning.add("tried first and rejected: " + t));
        return new DraftResult(policy, fields, yaml, reasoning, plan.memoryArithmetic(), capacity,
                DraftRollout.steps(plan), lint, admission);
    }

    /**
     * The intended pod's outcome: {@code pod} null when the kubelet did not start or the pod is
     * missing; {@code alignedOn} the NUMA nodes of an admitted, aligned pod (else null).
     */
    record Outcome(SimulationResult sim, PodResult pod, TreeSet<Integer> alignedOn) {
        boolean admitted() {
            return pod != null && pod.verdict() == Verdict.ADMITTED;
        }

        boolean aligned() {
            return admitted() && alignedOn != null;
        }

        /** "admitted, aligned on NUMA 1" or why not (rejection reason, or what was not aligned). */
        String text() {
            if (sim.startError() != null) {
                return "the kubelet would not start: " + sim.startError().getMessage();
            }
            if (pod == null || !admitted()) {
                return pod == null ? "no result" : "rejected " + pod.reason() + ": " + pod.message();
            }
            return alignedOn == null ? "admitted but not aligned" : "admitted, aligned on NUMA " + join(alignedOn);
        }
    }

    static Outcome outcome(SimulationResult sim, Machine machine) {
        PodResult pod = sim.startError() != null ? null : sim.pod(DraftIntent.POD_NAME);
        boolean admitted = pod != null && pod.verdict() == Verdict.ADMITTED;
        return new Outcome(sim, pod, admitted ? Alignment.numaNodes(pod, machine) : null);
    }


    /** The drafted config as a session's (apiVersion, kind, then the fields in output order). */
    public static SessionConfig config(DraftResult r) {
        return config(r.fields());
    }

    private static SessionConfig config(List<DraftResult.Field> fields) {
        Map<String, Object> config = new LinkedHashMap<>(SessionConfig.defaults().fields());
        fields.forEach(f -> config.put(f.name(), f.value()));
        return SessionConfig.of(config);
    }

    /** Copies of the intended pod under {@code policy} until the first rejection. */
    static DraftResult.Capacity capacity(Session configured, String policy, Pod intended) {
        Session s = configured.copy();
        s.config(s.config().with("topologyManagerPolicy", policy));
        SimulationInput in = SessionInput.document(s).input();
        Machine machine = in.machine();
        int cpus = Math.max(1, (int) Math.ceil(intended.containers().get(0).request("cpu").milliValue() / 1000.0));
        int bound = Math.min(MAX_COPIES, machine.topology().numCpus() / cpus + 1);
        List<Pod> copies = new ArrayList<>();
        for (int i = 1; i <= bound; i++) {
            copies.add(new Pod(intended.name() + "-" + i, intended.namespace(), intended.uid() + "-" + i,
                    intended.initContainers(), intended.containers()));
        }
        SimulationResult sim = NodeSimulator.run(in.withPods(copies));
        if (sim.startError() != null) {
            return new DraftResult.Capacity(policy, 0, 0, "kubelet does not start: " + sim.startError().getMessage());
        }
        int admitted = 0;
        int aligned = 0;
        for (PodResult p : sim.pods()) {
            if (!p.admitted()) {
                return new DraftResult.Capacity(policy, admitted, aligned, p.reason());
            }
            admitted++;
            aligned += Alignment.numaNodes(p, machine) == null ? 0 : 1;
        }
        return new DraftResult.Capacity(policy, admitted, aligned, null);
    }

    private static Session withConfig(Session base, List<DraftResult.Field> fields) {
        Session s = base.copy();
        s.config(config(fields));
        return s;
    }

    static String join(TreeSet<Integer> nodes) {
        StringBuilder sb = new StringBuilder();
        nodes.forEach(n -> sb.append(sb.length() > 0 ? "," : "").append(n));
        return sb.toString();
    }
}
