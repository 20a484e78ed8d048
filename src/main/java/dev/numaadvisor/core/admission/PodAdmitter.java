package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.hint.HintProvider;
import dev.numaadvisor.core.hint.HintSearchLimit;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.ResourceAmounts;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.PodRequests;
import dev.numaadvisor.core.topology.MergeResult;
import dev.numaadvisor.core.topology.MergeWhy;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kubelet's admit handlers that matter here, in its order: the Topology Manager's (the none,
 * container and pod scopes of {@code pkg/kubelet/cm/topologymanager/scope*.go}, calling the
 * providers in registration order), then the predicate handler's resource fit
 * ({@code pkg/kubelet/lifecycle/predicate.go}) against node allocatable and the active pods.
 */
final class PodAdmitter {
    private final NodeManagers managers;
    /** managers.providers(), built once as an array: it is walked three times per container. */
    private final HintProvider[] providers;
    private final KubeletConfig config;
    private final Harness harness;
    private final ActivePods active = new ActivePods();
    /** The step the current admission is in: a rejection is attributed to it. */
    private Stage stage;

    PodAdmitter(NodeManagers managers, KubeletConfig config, Harness harness) {
        this.managers = managers;
        this.providers = managers.providers().toArray(new HintProvider[0]);
        this.config = config;
        this.harness = harness;
    }

    /** The pod is deleted: its requests no longer count; false when it was not active. */
    boolean forget(String podUid) {
        return active.remove(podUid);
    }

    private boolean policyNone() {
        return KubeletConfig.TOPOLOGY_POLICY_NONE.equals(config.topologyManagerPolicy());
    }

    private boolean podScope() {
        return KubeletConfig.SCOPE_POD.equals(config.topologyManagerScope()) && !policyNone();
    }

    PodResult admit(Pod pod, Trace trace) {
        trace.about(pod.name(), null);
        try {
            return admitTagged(pod, trace);
        } finally {
            trace.about(null, null);
        }
    }

    private PodResult admitTagged(Pod pod, Trace trace) {
        if (trace.enabled()) {
            trace.add("pod " + pod.name() + ": QoS " + pod.qosClass() + ", " + pod.initContainers().size()
                    + " init and " + pod.containers().size() + " app containers; Topology Manager policy "
                    + config.topologyManagerPolicy()
                    + (policyNone() ? "" : ", scope " + config.topologyManagerScope()));
        }
        Map<String, ContainerState> states = new LinkedHashMap<>();
        List<Container> all = pod.allContainers(); // indexed: C1 keeps a for-each's iterator
        for (int ci = 0; ci < all.size(); ci++) {
            Container c = all.get(ci);
            states.put(c.name(), new ContainerState(c, pod.isInit(c)));
        }
        try {
            if (podScope()) {
                return admitPodScope(pod, states, trace);
            }
            for (int ci = 0; ci < all.size(); ci++) {
                Container c = all.get(ci);
                admitContainer(pod, c, states.get(c.name()), trace);
            }
        } catch (AdmissionError e) {
            return reject(pod, states, e, stage, null, null, null, null, trace);
        } catch (HintSearchLimit e) {
            return reject(pod, states, notSimulated(e), Stage.SEARCH_LIMIT, null, null, null, null, trace);
        }
        trace.about(pod.name(), null);
        return admitted(pod, states, null, null, null, trace);
    }

    private void admitContainer(Pod pod, Container c, ContainerState st, Trace trace) throws AdmissionError {
        trace.about(pod.name(), c.name());
        int mark = trace.size();
        stage = Stage.TOPOLOGY_MANAGER;
        if (trace.enabled()) {
            trace.add("container " + c.name() + (pod.isInit(c) ? " (init)" : "") + ":");
        }
        List<ProviderHints> answers = new ArrayList<>();
        for (HintProvider p : providers) {
            answers.add(p.containerHints(pod, c, trace).from(p.name()));
        }
        st.hints = flatten(answers);
        st.truncated = truncated(answers);
        MergeResult r = decide(answers, trace);
        st.merged = r.hint();
        st.mergeWhy = trace.last(MergeWhy.class, mark);
        if (!r.admit()) {
            st.shortfalls = Shortfalls.of(st.hints, managers.numaNodes());
        }
        rejectUnlessAdmitted(r);
        stage = Stage.ALLOCATION;
        allocate(pod, c, st, st.merged, trace);
    }

    /** Merges with the policy, or takes the harness's fixed hint; policy none runs no merge. */
    private MergeResult decide(List<ProviderHints> answers, Trace trace) {
        if (harness.topologyHint() != null) {
            trace.add("harness: fixed Topology Manager hint " + harness.topologyHint() + " (merge bypassed)");
            return new MergeResult(harness.topologyHint(), true);
        }
        if (policyNone()) {
            if (trace.enabled()) {
                trace.add("topology: policy none runs no merge; providers allocate without an affinity");
            }
            return new MergeResult(TopologyHint.ZERO, true);
        }
        return managers.policy().merge(answers, trace);
    }

    private static void rejectUnlessAdmitted(MergeResult r) throws AdmissionError {
        if (!r.admit()) {
            throw new AdmissionError(AdmissionError.TOPOLOGY_AFFINITY_ERROR, AdmissionError.TOPOLOGY_AFFINITY_MESSAGE);
        }
    }

    private PodResult admitPodScope(Pod pod, Map<String, ContainerState> states, Trace trace) {
        int mark = trace.size();
        stage = Stage.TOPOLOGY_MANAGER;
        List<ProviderHints> answers = new ArrayList<>();
        for (HintProvider p : providers) {
            answers.add(p.podHints(pod, trace).from(p.name()));
        }
        Map<String, List<TopologyHint>> podHints = flatten(answers);
        Map<String, String> podTruncated = truncated(answers);
        TopologyHint podHint = null;
        try {
            MergeResult r = decide(answers, trace);
            podHint = r.hint();
            MergeWhy why = trace.last(MergeWhy.class, mark);
            List<NumaShortfall> shortfalls = r.admit() ? List.of() : Shortfalls.of(podHints, managers.numaNodes());
            states.values().forEach(st -> {
                st.mergeWhy = why;
                st.shortfalls = shortfalls;
            });
            rejectUnlessAdmitted(r);
            stage = Stage.ALLOCATION;
            List<Container> all = pod.allContainers(); // indexed: C1 keeps a for-each's iterator
            for (int ci = 0; ci < all.size(); ci++) {
                Container c = all.get(ci);
                ContainerState st = states.get(c.name());
                st.merged = podHint;
                trace.about(pod.name(), c.name());
                if (trace.enabled()) {
                    trace.add("container " + c.name() + (pod.isInit(c) ? " (init)" : "") + ": pod hint " + podHint);
                }
                allocate(pod, c, st, podHint, trace);
            }
        } catch (AdmissionError e) {
            trace.about(pod.name(), null);
            return reject(pod, states, e, stage, null, podHints, podTruncated, podHint, trace);
        } catch (HintSearchLimit e) {
            trace.about(pod.name(), null);
            return reject(pod, states, notSimulated(e), Stage.SEARCH_LIMIT, null, podHints, podTruncated, podHint,
                    trace);
        }
        trace.about(pod.name(), null);
        return admitted(pod, states, podHints, podTruncated, podHint, trace);
    }

    private void allocate(Pod pod, Container c, ContainerState st, TopologyHint hint, Trace trace)
            throws AdmissionError {
        for (HintProvider p : providers) {
            p.allocate(pod, c, hint, trace);
        }
        // The contract reports a shared-pool container's CPUs as the pool right after its own step.
        st.sharedPoolAfter = managers.cpu().sharedPool();
    }

    /** Per resource whose hints were not all listed, what the listing left out. */
    private static Map<String, String> truncated(List<ProviderHints> answers) {
        Map<String, String> out = new TreeMap<>();
        for (ProviderHints a : answers) {
            a.rules().forEach((resource, rule) -> out.put(resource, rule.summary()));
        }
        return out;
    }

    /** Provider answers as the contract prints them: cpu and memory always, plus device resources. */
    private static Map<String, List<TopologyHint>> flatten(List<ProviderHints> answers) {
        Map<String, List<TopologyHint>> out = new TreeMap<>();
        out.put(Resources.CPU, null);
        out.put(Resources.MEMORY, null);
        for (ProviderHints a : answers) {
            out.putAll(a.byResource());
        }
        return out;
    }

    /** A search limit as the pod's outcome: numa-advisor's own reason, the limit's message. */
    private static AdmissionError notSimulated(HintSearchLimit e) {
        return new AdmissionError(AdmissionError.NOT_SIMULATED, e.getMessage());
    }

    /**
     * The Topology Manager admitted the pod and the managers allocated; the predicate handler now
     * checks the resource fit. A pod rejected there never runs: the kubelet's stale-state
     * cleanup frees what the managers gave it before the next allocation.
     */
    private PodResult admitted(Pod pod, Map<String, ContainerState> states,
                               Map<String, List<TopologyHint>> podHints, Map<String, String> podTruncated,
                               TopologyHint podHint, Trace trace) {
        ResourceAmounts request = ResourceFit.withoutMissingExtendedResources(PodRequests.of(pod),
                managers.allocatable());
        ResourceAmounts used = active.used();
        int others = active.count();
        if (active.contains(pod.uid())) {
            // Admitted again under its own uid: the kubelet's other pods do not include itself.
            active.remove(pod.uid());
            used = active.used();
            others = active.count();
        }
        List<InsufficientResource> lacking = ResourceFit.insufficient(managers.allocatable(), used, others,
                request);
        FitCheck fit = new FitCheck(pod.name(), request, used, others, managers.allocatable(), lacking);
        trace.add(fit);
        if (!fit.fits()) {
            InsufficientResource first = lacking.get(0);
            String held = trace.enabled() ? FitWords.held(pod, managers) : "";
            PodResult r = reject(pod, states, new AdmissionError(first.reason(), first.message()),
                    Stage.RESOURCE_FIT, fit, podHints, podTruncated, podHint, trace);
            trace.add(new StaleStateCleanup(pod.name(), held));
            return r;
        }
        active.add(pod.uid(), request);
        return grant(pod, states, fit, podHints, podTruncated, podHint, trace);
    }

    private PodResult grant(Pod pod, Map<String, ContainerState> states, FitCheck fit,
                            Map<String, List<TopologyHint>> podHints, Map<String, String> podTruncated,
                            TopologyHint podHint, Trace trace) {
        List<ContainerResult> out = new ArrayList<>();
        for (ContainerState st : states.values()) {
            String uid = pod.uid();
            String name = st.container.name();
            CpuSet exclusiveCpus = managers.cpu().assigned(uid, name);
            boolean exclusive = exclusiveCpus != null;
            out.add(new ContainerResult(name, st.init, exclusive, st.hints, st.merged,
                    exclusive ? exclusiveCpus : st.sharedPoolAfter,
                    managers.memory().assigned(uid, name), managers.device().assigned(uid, name),
                    st.truncated, st.mergeWhy, st.shortfalls));
        }
        trace.add(new PodVerdict(pod.name(), Verdict.ADMITTED, null, null));
        return new PodResult(pod.name(), pod.uid(), pod.qosClass(), true, null, null, null,
                fit, out, podHints, podHint, podTruncated);
    }

    private PodResult reject(Pod pod, Map<String, ContainerState> states, AdmissionError e, Stage failedAt,
                             FitCheck fit, Map<String, List<TopologyHint>> podHints,
                             Map<String, String> podTruncated, TopologyHint podHint, Trace trace) {
        trace.add(new PodVerdict(pod.name(), failedAt == Stage.SEARCH_LIMIT ? Verdict.NOT_SIMULATED
                : Verdict.REJECTED, e.reason(), e.getMessage()));
        List<Container> all = pod.allContainers(); // indexed: C1 keeps a for-each's iterator
        for (int ci = 0; ci < all.size(); ci++) {
            Container c = all.get(ci);
            for (HintProvider p : providers) {
                p.removeContainer(pod.uid(), c.name(), Trace.disabled());
            }
        }
        List<ContainerResult> out = new ArrayList<>();
        for (ContainerState st : states.values()) {
            TopologyHint merged = st.merged == null ? podHint : st.merged;
            out.add(new ContainerResult(st.container.name(), st.init, false, st.hints, merged, null, null, null,
                    st.truncated, st.mergeWhy, st.shortfalls));
        }
        return new PodResult(pod.name(), pod.uid(), pod.qosClass(), false, e.reason(), e.getMessage(), failedAt,
                fit, out, podHints, podHint, podTruncated);
    }

    /** Per-container bookkeeping during one admission. */
    private static final class ContainerState {
        final Container container;
        final boolean init;
        Map<String, List<TopologyHint>> hints;
        Map<String, String> truncated;
        TopologyHint merged;
        MergeWhy mergeWhy;
        List<NumaShortfall> shortfalls = List.of();
        CpuSet sharedPoolAfter;

        ContainerState(Container container, boolean init) {
            this.container = container;
            this.init = init;
        }
    }
}
