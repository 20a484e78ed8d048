package dev.numaadvisor.adapter.text;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.NodeFinding;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.hint.TopologyHint;
import java.util.List;
import java.util.Map;

/**
 * The human text output of a simulation: the node in one line, per pod a verdict line and a
 * small table per container, then the trace ("why") in plain words.
 */
public final class SimulationTextRenderer {
    private final Style style;

    public SimulationTextRenderer(Style style) {
        this.style = style;
    }

    public String render(String title, SimulationResult r, boolean withTrace) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold(title)).append('\n');
        sb.append("node: ").append(r.cpus()).append(" CPUs, ").append(r.sockets()).append(" socket(s), ")
                .append(r.numaNodes()).append(" NUMA node(s)");
        if (r.reservedCpus() != null && !r.reservedCpus().isEmpty()) {
            sb.append(", reserved CPUs ").append(r.reservedCpus());
        }
        sb.append('\n');
        for (NodeFinding f : r.findings()) {
            sb.append("  ").append(f.severity()).append(' ').append(f.rule()).append(": ").append(f.message()).append('\n');
        }
        if (r.startError() != null) {
            sb.append(style.red("kubelet would not start")).append(": ").append(r.startError().getMessage()).append('\n');
            if (r.startError().rule() != null) {
                sb.append("  rule ").append(r.startError().rule()).append(" — see `numa-advisor explain ")
                        .append(r.startError().rule()).append("`\n");
            }
        }
        for (PodResult p : r.pods()) {
            sb.append('\n').append(verdict(p)).append('\n');
            sb.append(containers(p));
        }
        if (withTrace && !r.trace().isEmpty()) {
            sb.append('\n').append(style.bold("why")).append('\n');
            for (String step : r.trace()) {
                sb.append("  ").append(step).append('\n');
            }
        }
        return sb.toString();
    }

    /** A container's hint cell under pod scope: its hints are the pod's, on the row above. */
    private static final String POD_ROW = "(pod)";

    private String verdict(PodResult p) {
        String head = "pod " + style.bold(p.name()) + " (" + p.qosClass() + "): ";
        if (p.admitted()) {
            return head + style.green("ADMITTED");
        }
        if (AdmissionError.NOT_SIMULATED.equals(p.reason())) {
            return head + style.red("NOT SIMULATED") + " — " + p.message();
        }
        return head + style.red("REJECTED") + " " + p.reason() + " — " + p.message();
    }

    /**
     * One row per container; under pod scope the hints are the pod's (the kubelet asks the
     * providers once for the whole pod), so they sit on a first "(pod)" row and the containers'
     * hint cells point at it instead of showing an empty "-".
     */
    private String containers(PodResult p) {
        Table t = new Table().row("container", "cpu hints", "memory hints", "device hints", "merged", "cpus",
                "memory", "devices");
        boolean podScope = p.podHints() != null || p.podHint() != null;
        if (podScope) {
            Map<String, List<TopologyHint>> h = p.podHints();
            Map<String, String> cut = p.podHintsTruncated();
            t.row("(pod)", hints(h, cut, "cpu"), hints(h, cut, "memory"), deviceHints(h, cut),
                    p.podHint() == null ? "-" : hint(p.podHint()), "", "", "");
        }
        for (ContainerResult c : p.containers()) {
            String cpu = podScope ? POD_ROW : hints(c.hints(), c.hintsTruncated(), "cpu");
            String memory = podScope ? POD_ROW : hints(c.hints(), c.hintsTruncated(), "memory");
            String device = podScope ? POD_ROW : deviceHints(c.hints(), c.hintsTruncated());
            t.row(c.name() + (c.init() ? " (init)" : ""), cpu, memory, device,
                    c.mergedHint() == null ? "-" : hint(c.mergedHint()), cpus(c, p),
                    c.memory() == null ? "-" : "NUMA " + c.memory().numaNodes(), devices(c.devices()));
        }
        return t.render("  ");
    }

    private static String cpus(ContainerResult c, PodResult p) {
        if (!p.admitted()) {
            return "-";
        }
        if (c.exclusiveCpus()) {
            return c.cpus() + " (exclusive)";
        }
        return c.cpus() == null ? "-" : "shared " + c.cpus();
    }

    private static String hints(Map<String, List<TopologyHint>> hints, Map<String, String> truncated,
                                String resource) {
        if (hints == null || !hints.containsKey(resource)) {
            return "-";
        }
        return list(hints.get(resource)) + more(truncated, resource);
    }

    /** Marks a list that holds only its first hints (the trace says what was left out). */
    private static String more(Map<String, String> truncated, String resource) {
        return truncated != null && truncated.containsKey(resource) ? " +more" : "";
    }

    private static String deviceHints(Map<String, List<TopologyHint>> hints, Map<String, String> truncated) {
        if (hints == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        hints.forEach((res, list) -> {
            if (!res.equals("cpu") && !res.equals("memory")) {
                sb.append(sb.length() > 0 ? "; " : "").append(res.substring(res.indexOf('/') + 1)).append(' ')
                        .append(list(list)).append(more(truncated, res));
            }
        });
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** Hints in one cell; long lists (many NUMA nodes) keep the preferred ones and count the rest. */
    static String list(List<TopologyHint> list) {
        if (list == null) {
            return "any";
        }
        if (list.isEmpty()) {
            return "none fit";
        }
        boolean compact = list.size() > 4;
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        int notPreferred = 0;
        for (TopologyHint h : list) {
            if (compact && !h.preferred()) {
                notPreferred++;
                continue;
            }
            if (compact && shown == 4) {
                sb.append(" …");
                shown++;
                continue;
            }
            if (shown > 4) {
                continue;
            }
            sb.append(sb.length() > 0 ? " " : "").append(hint(h));
            shown++;
        }
        if (compact) {
            long preferred = list.stream().filter(TopologyHint::preferred).count();
            sb.append(sb.length() > 0 ? " " : "").append("(").append(preferred).append("✓ ")
                    .append(notPreferred).append("✗)");
        }
        return sb.toString();
    }

    /** {@code [1]✓} preferred, {@code [0,1]✗} not preferred, {@code any} for a nil affinity. */
    public static String hint(TopologyHint h) {
        return (h.affinity() == null ? "any" : h.affinity().toString()) + (h.preferred() ? "✓" : "✗");
    }

    private static String devices(Map<String, List<String>> devices) {
        if (devices == null || devices.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        devices.forEach((res, ids) -> sb.append(sb.length() > 0 ? "; " : "").append(String.join(",", ids)));
        return sb.toString();
    }
}
