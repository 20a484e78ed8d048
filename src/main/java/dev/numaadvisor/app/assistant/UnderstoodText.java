package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.understand.Busy;
import dev.numaadvisor.app.understand.Mood;
import dev.numaadvisor.app.understand.StatedContainer;
import dev.numaadvisor.app.understand.StatedDevice;
import dev.numaadvisor.app.understand.StatedNode;
import dev.numaadvisor.app.understand.StatedPod;
import dev.numaadvisor.app.understand.Understanding;
import java.util.ArrayList;
import java.util.List;

/** "What I understood": every fact read from one input, in words, so a dropped or misread fact is visible. */
final class UnderstoodText {
    private UnderstoodText() {
    }

    static String write(Understanding u) {
        List<String> lines = new ArrayList<>();
        node(u.node(), lines);
        for (StatedPod p : u.pods()) {
            lines.add(pod(p));
        }
        u.config().forEach((k, v) -> lines.add(k + " " + v));
        for (Busy b : u.busy()) {
            lines.add(b.place() + " already has " + b.count() + (b.cores() ? " cores" : " CPUs")
                    + " held by running pods");
        }
        u.corrections().forEach(c -> lines.add("read " + c));
        StringBuilder sb = new StringBuilder(u.mood() == Mood.WONDER ? "## What if\n" : "## What I understood\n");
        if (lines.isEmpty()) {
            sb.append("- nothing I could attach to the node, a pod or the kubelet config\n");
        }
        lines.forEach(l -> sb.append("- ").append(l).append('\n'));
        return sb.toString();
    }

    private static void node(StatedNode n, List<String> lines) {
        add(lines, n.sockets(), "socket(s)");
        add(lines, n.numaNodesPerSocket(), "NUMA node(s) per socket");
        add(lines, n.numaNodes(), "NUMA node(s)");
        add(lines, n.coresPerSocket(), "cores per socket");
        add(lines, n.cores(), "cores in all");
        if (n.threadsPerCore() != null) {
            lines.add(n.threadsPerCore() == 1 ? "SMT off (1 thread per core)" : n.threadsPerCore() + " thread(s) per core");
        }
        add(lines, n.cpus(), "logical CPUs in all");
        add(lines, n.cpusPerNumaNode(), "CPUs per NUMA node");
        add(lines, n.coresPerNumaNode(), "cores per NUMA node");
        if (n.memoryPerNumaNode() != null) {
            lines.add(n.memoryPerNumaNode() + " of memory per NUMA node");
        }
        if (n.memory() != null) {
            lines.add(n.memory() + " of memory in all");
        }
        n.hugepagesPerNumaNode().forEach((k, v) -> lines.add(k + ": " + v + " per NUMA node"));
        for (StatedDevice d : n.devices()) {
            lines.add((d.added() ? "add " : "") + d.count() + " " + d.resource() + " on " + d.where());
        }
        if (n.noDevices()) {
            lines.add("no devices");
        }
    }

    private static String pod(StatedPod p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.copies() > 1 ? p.copies() + " " : "a ").append(p.qos() == null ? "" : p.qos() + " ")
                .append(p.copies() > 1 ? "pods" : "pod").append(p.name() == null ? "" : " \"" + p.name() + "\"");
        for (StatedContainer c : p.containers()) {
            sb.append(p.containers().size() > 1 ? "; container " + c.name() + ":" : ":");
            if (!c.requests().isEmpty()) {
                sb.append(" requests ").append(c.requests());
            }
            if (c.limitsStated()) {
                sb.append(c.limits().isEmpty() ? " no limits" : " limits " + c.limits());
            }
            if (c.isEmpty() && !c.limitsStated()) {
                sb.append(" no resources stated");
            }
        }
        return sb.toString();
    }

    private static void add(List<String> lines, Integer n, String what) {
        if (n != null) {
            lines.add(n + " " + what);
        }
    }
}
