package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts pods into those already running on the node (node state) and those the kubelet rejected
 * (replayed by the scenario), and reports every rejection whose manifest is missing, saying which
 * file would let the scenario replay it.
 */
final class PodMerge {
    private final List<Map<String, Object>> running = new ArrayList<>();
    private final List<Map<String, Object>> replay = new ArrayList<>();
    private final List<AdmissionEvent> events = new ArrayList<>();

    PodMerge(List<NodeFacts> all, MergeReport r) {
        Map<String, PodFact> withManifest = new LinkedHashMap<>();
        for (NodeFacts f : all) {
            for (PodFact p : f.pods()) {
                if (p.manifest() != null && p.name() != null && !withManifest.containsKey(p.name())) {
                    withManifest.put(p.name(), p);
                    (p.rejected() ? replay : running).add(p.manifest());
                }
            }
        }
        if (!running.isEmpty()) {
            r.gave("running pods (node.state.pods)", sources(withManifest, false));
        }
        if (!replay.isEmpty()) {
            r.gave("rejected pods to replay (pods)", sources(withManifest, true));
        }
        for (NodeFacts f : all) {
            for (AdmissionEvent e : f.events()) {
                if (events.stream().noneMatch(o -> same(o, e))) {
                    events.add(e);
                    explain(e, withManifest, r);
                }
            }
        }
    }

    private static boolean same(AdmissionEvent a, AdmissionEvent b) {
        return java.util.Objects.equals(a.pod(), b.pod()) && a.reason().equals(b.reason());
    }

    private static void explain(AdmissionEvent e, Map<String, PodFact> manifests, MergeReport r) {
        String who = e.pod() == null ? "a pod" : "pod " + e.pod();
        String what = who + " was rejected: " + e.reason() + (e.message() == null ? "" : " (" + e.message() + ")")
                + " per " + e.source() + ":" + e.line();
        PodFact manifest = e.pod() == null ? null : manifests.get(e.pod());
        if (manifest != null && manifest.rejected()) {
            r.note(what + "; its manifest is in pods, so simulate replays it");
        } else {
            r.find(ImportFinding.Severity.INFO, what + "; to replay it add its manifest (kubectl get pod "
                    + (e.pod() == null ? "NAME" : e.pod()) + " -o yaml)", e.source());
        }
    }

    private static String sources(Map<String, PodFact> pods, boolean rejected) {
        List<String> out = new ArrayList<>();
        pods.values().forEach(p -> {
            if (p.rejected() == rejected && !out.contains(p.source())) {
                out.add(p.source());
            }
        });
        return String.join(", ", out);
    }

    List<Map<String, Object>> running() {
        return running;
    }

    List<Map<String, Object>> replay() {
        return replay;
    }

    List<AdmissionEvent> events() {
        return events;
    }
}
