package dev.numaadvisor.app;

import dev.numaadvisor.adapter.json.MergeJson;
import dev.numaadvisor.adapter.scenario.HintMergeDocument;
import dev.numaadvisor.adapter.scenario.HintMergeReader;
import dev.numaadvisor.adapter.text.MergeText;
import dev.numaadvisor.core.admission.KubeletStartError;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.topology.MergeReport;
import dev.numaadvisor.core.topology.MergeResult;
import dev.numaadvisor.core.topology.NumaInfo;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.topology.PolicyFactory;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Use case "merge": the Topology Manager's hint merge and admission for a HintMerge document,
 * each key of {@code providers} taken as one hint provider answering for one resource.
 */
public final class Merge {
    private Merge() {
    }

    /** Reads, merges and renders one file. @throws dev.numaadvisor.core.problem.InputException on bad input */
    public static FileOutcome runFile(String fileName, String text) {
        return runFile(fileName, text, Renderings.ALL);
    }

    /** The same, rendered only as {@code wanted} says (the merge's trace is short: always built). */
    public static FileOutcome runFile(String fileName, String text, Renderings wanted) {
        HintMergeDocument document = HintMergeReader.read(fileName, text);
        MergeReport report = run(document);
        return new FileOutcome(wanted.json() ? MergeJson.render(report) : null,
                wanted.text() ? MergeText.render(document, report) : null,
                wanted.json() ? document.expected() : null);
    }

    public static MergeReport run(HintMergeDocument document) {
        Trace trace = new Trace();
        NumaInfo numaInfo = new NumaInfo(document.numaNodes(), document.distances());
        NumaMask nodes = numaInfo.defaultAffinityMask();
        List<ProviderHints> providers = new ArrayList<>();
        for (Map.Entry<String, List<TopologyHint>> entry : document.providers().entrySet()) {
            providers.add(ProviderHints.of(entry.getKey(), entry.getValue()));
        }
        try {
            Policy policy = PolicyFactory.create(document.policy(), document.policyOptions(), numaInfo,
                    document.kubernetesVersion(), Map.of());
            trace.add("Topology Manager policy " + policy.name() + " on NUMA nodes " + nodes + " (Kubernetes "
                    + document.kubernetesVersion() + ")");
            MergeResult result = policy.merge(providers, trace);
            return new MergeReport(document.policy(), nodes, document.providers(), result, null, trace.steps());
        } catch (KubeletStartError e) {
            trace.add("the kubelet would not start: " + e.getMessage() + " (" + e.rule() + ")");
            return new MergeReport(document.policy(), nodes, document.providers(), null,
                    new MergeReport.StartFailure(e.getMessage(), e.rule()), trace.steps());
        }
    }
}
