package dev.numaadvisor.app.session;

import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /whatif KNOB=VALUE}: one change to a copy of the session, both simulated, and what
 * changed per pod. Knobs: policy, scope, reservedSystemCPUs, cpuPolicy, memoryPolicy,
 * pod.NAME.cpu|memory|RESOURCE, device.ID.numa.
 */
public final class WhatIf {
    public static final List<String> KNOBS = List.of("policy=", "scope=", "reservedSystemCPUs=", "cpuPolicy=",
            "memoryPolicy=", "pod.", "device.");

    /** One pod's line: before and after. */
    public record Change(String pod, String before, String after) {
    }

    /** The comparison; {@code changes} holds only pods whose admission or CPUs changed. */
    public record Comparison(String knob, SimulationResult before, SimulationResult after, List<Change> changes) {
    }

    private WhatIf() {
    }

    public static Comparison compare(Session session, String assignment) {
        Session changed = session.copy();
        apply(changed, assignment);
        return compare(session, changed, assignment);
    }

    /** Two sessions simulated side by side; {@code label} names the change in the table. */
    public static Comparison compare(Session session, Session changed, String label) {
        String assignment = label;
        SimulationResult before = SessionRun.run(session).result();
        SimulationResult after = SessionRun.run(changed).result();
        List<Change> changes = new ArrayList<>();
        for (PodResult b : before.pods()) {
            PodResult a = after.pod(b.name());
            String bs = outcome(before, b);
            String as = a == null ? "absent" : outcome(after, a);
            if (!bs.equals(as)) {
                changes.add(new Change(b.name(), bs, as));
            }
        }
        if (!Objects.equals(startError(before), startError(after))) {
            changes.add(new Change("(kubelet)", startError(before), startError(after)));
        }
        return new Comparison(assignment, before, after, changes);
    }

    /** The comparison as a table: one row per pod whose outcome changed. */
    public static String table(Comparison c) {
        dev.numaadvisor.adapter.text.Table t = new dev.numaadvisor.adapter.text.Table()
                .row("pod", "before", "after (" + c.knob() + ")");
        c.changes().forEach(ch -> t.row(ch.pod(), ch.before(), ch.after()));
        return t.render("");
    }

    private static String startError(SimulationResult r) {
        return r.startError() == null ? "starts" : "would not start: " + r.startError().getMessage();
    }

    public static String outcome(SimulationResult r, PodResult p) {
        if (!p.admitted()) {
            return "rejected " + p.reason();
        }
        StringBuilder sb = new StringBuilder("admitted");
        p.containers().forEach(c -> {
            if (!c.init()) {
                sb.append(' ').append(c.exclusiveCpus() ? "cpus " + c.cpus() : "shared pool");
                if (c.mergedHint() != null && c.mergedHint().affinity() != null) {
                    sb.append(" NUMA ").append(c.mergedHint().affinity().ids())
                            .append(c.mergedHint().preferred() ? "" : " (not preferred: misaligned)");
                }
            }
        });
        return sb.toString();
    }

    /** Applies one assignment; IllegalArgumentException names what was not understood. */
    public static void apply(Session s, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected KNOB=VALUE, e.g. policy=restricted");
        }
        String knob = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1).trim();
        Map<String, Object> config = s.kubeletConfig();
        switch (knob) {
            case "policy":
                config.put("topologyManagerPolicy", value);
                return;
            case "scope":
                config.put("topologyManagerScope", value);
                return;
            case "reservedSystemCPUs":
                config.put("reservedSystemCPUs", value);
                return;
            case "cpuPolicy":
                config.put("cpuManagerPolicy", value);
                return;
            case "memoryPolicy":
                config.put("memoryManagerPolicy", value);
                return;
            default:
                applyPath(s, knob, value);
        }
    }

    private static void applyPath(Session s, String knob, String value) {
        String[] parts = knob.split("\\.", 3);
        if (parts.length == 3 && parts[0].equals("pod")) {
            Map<String, Object> pod = s.pods().get(parts[1]);
            if (pod == null) {
                throw new IllegalArgumentException("no pod \"" + parts[1] + "\": see /pod list");
            }
            PodSpec.setRequest(pod, PodSpec.resource(parts[2]), value);
            return;
        }
        if (parts.length >= 3 && parts[0].equals("device") && knob.endsWith(".numa")) {
            String id = knob.substring("device.".length(), knob.length() - ".numa".length());
            for (Map<String, Object> d : s.devices()) {
                if (id.equals(String.valueOf(d.get("id")))) {
                    d.put("numaNode", Integer.parseInt(value));
                    return;
                }
            }
            throw new IllegalArgumentException("no device \"" + id + "\": see /node show");
        }
        throw new IllegalArgumentException("unknown knob \"" + knob + "\": try policy=, scope=, reservedSystemCPUs=, "
                + "pod.NAME.cpu=, device.ID.numa=");
    }
}
