package dev.numaadvisor.app.session;

import dev.numaadvisor.app.Alignment;
import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code /whatif KNOB=VALUE}: one change to a copy of the session, both simulated, and what
 * changed per pod. Knobs: policy, scope, reservedSystemCPUs, cpuPolicy, memoryPolicy,
 * pod.NAME.cpu|memory|RESOURCE, device.ID.numa, busy=NUMA:CPUS (CPUs running pods already hold).
 */
public final class WhatIf {
    public static final List<String> KNOBS = List.of("policy=", "scope=", "reservedSystemCPUs=", "cpuPolicy=",
            "memoryPolicy=", "pod.", "device.", "busy=");
    /** The knobs that set one kubelet config field, by knob name. */
    private static final Map<String, String> CONFIG_KNOBS = new TreeMap<>(Map.of("policy", "topologyManagerPolicy",
            "scope", "topologyManagerScope", "reservedSystemCPUs", "reservedSystemCPUs",
            "cpuPolicy", "cpuManagerPolicy", "memoryPolicy", "memoryManagerPolicy"));

    /** One pod's line: before and after. */
    public record Change(String pod, String before, String after) {
    }

    /** The comparison; {@code changes} holds only pods whose admission or CPUs changed, or that came or went. */
    public record Comparison(String knob, SimulationResult before, SimulationResult after, List<Change> changes,
                             Machine afterMachine) {
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
        Simulate.Outcome was = SessionRun.run(session);
        Simulate.Outcome will = SessionRun.run(changed);
        SimulationResult before = was.result();
        SimulationResult after = will.result();
        Machine beforeMachine = was.scenario().input().machine();
        Machine afterMachine = will.scenario().input().machine();
        List<Change> changes = new ArrayList<>();
        for (PodResult b : before.pods()) {
            PodResult a = after.pod(b.name());
            // Compared as typed results; the sentences are only for the table.
            if (a == null || !decision(b).equals(decision(a))) {
                changes.add(new Change(b.name(), outcome(b, beforeMachine), a == null ? "absent" : outcome(a, afterMachine)));
            }
        }
        for (PodResult a : after.pods()) {
            if (before.pod(a.name()) == null) {
                // A pod the change adds ("add another pod: …") is a change too: it was not there before.
                changes.add(new Change(a.name(), "absent", outcome(a, afterMachine)));
            }
        }
        if (!Objects.equals(startMessage(before), startMessage(after))) {
            changes.add(new Change("(kubelet)", startError(before), startError(after)));
        }
        return new Comparison(assignment, before, after, changes, afterMachine);
    }

    /** The comparison as a table: one row per pod whose outcome changed. */
    public static String table(Comparison c) {
        dev.numaadvisor.adapter.text.Table t = new dev.numaadvisor.adapter.text.Table()
                .row("pod", "before", "after (" + c.knob() + ")");
        c.changes().forEach(ch -> t.row(ch.pod(), ch.before(), ch.after()));
        return t.render("");
    }

    /**
     * What a pod's line compares: verdict and reason, then per app container whether its CPUs are
     * exclusive, which, and its merged NUMA affinity with the preferred flag.
     */
    private static List<Object> decision(PodResult p) {
        List<Object> key = new ArrayList<>(List.of(p.verdict(), Objects.toString(p.reason())));
        if (p.admitted()) {
            p.containers().stream().filter(c -> !c.init()).forEach(c -> key.add(Arrays.asList(c.exclusiveCpus(),
                    c.exclusiveCpus() ? c.cpus() : null, c.mergedHint())));
        }
        return key;
    }

    private static String startMessage(SimulationResult r) {
        return r.startError() == null ? null : r.startError().getMessage();
    }

    private static String startError(SimulationResult r) {
        return r.startError() == null ? "starts" : "would not start: " + r.startError().getMessage();
    }

    /**
     * One pod's outcome in a cell: rejected and why, or per container its CPUs and their NUMA
     * nodes, saying "misaligned" and why when its memory or devices are elsewhere or its merged
     * hint is not preferred (a pod admitted misaligned must not read like an aligned one).
     */
    public static String outcome(PodResult p, Machine machine) {
        if (!p.admitted()) {
            return "rejected " + p.reason();
        }
        StringBuilder sb = new StringBuilder("admitted");
        p.containers().forEach(c -> {
            if (c.init()) {
                return;
            }
            if (!c.exclusiveCpus() || c.cpus() == null) {
                sb.append(" shared pool");
                return;
            }
            sb.append(" cpus ").append(c.cpus()).append(" NUMA ").append(machine.topology().numaMaskOf(c.cpus()));
            String why = Alignment.misalignment(c, machine);
            if (why != null) {
                sb.append(" (misaligned: ").append(why).append(')');
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
        String field = CONFIG_KNOBS.get(knob);
        if (field != null) {
            s.config(s.config().with(field, value));
        } else if (knob.equals("busy")) {
            busy(s, value);
        } else {
            applyPath(s, knob, value);
        }
    }

    /** {@code busy=1:40}: 40 logical CPUs of NUMA node 1 already held by running pods. */
    private static void busy(Session s, String value) {
        String[] parts = value.split(":");
        try {
            if (parts.length == 2) {
                int numa = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                s.state(s.state().withBusyCpus(numa, count));
                return;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which shows the expected form.
        }
        throw new IllegalArgumentException("cannot read busy=\"" + value + "\": expected busy=NUMA:CPUS, e.g. busy=1:40");
    }

    private static void applyPath(Session s, String knob, String value) {
        String[] parts = knob.split("\\.", 3);
        if (parts.length == 3 && parts[0].equals("pod")) {
            ScenarioPod pod = s.pod(parts[1]);
            if (pod == null) {
                throw new IllegalArgumentException("no pod \"" + parts[1] + "\": see /pod list");
            }
            s.putPod(pod.withRequest(PodSpec.resource(parts[2]), PodSpec.quantity(knob + "=" + value, value)));
            return;
        }
        if (parts.length >= 3 && parts[0].equals("device") && knob.endsWith(".numa")) {
            String id = knob.substring("device.".length(), knob.length() - ".numa".length());
            List<Device> devices = new ArrayList<>();
            boolean found = false;
            for (Device d : s.devices()) {
                boolean match = id.equals(d.id());
                found |= match;
                devices.add(match ? new Device(d.resource(), d.id(), number(knob, value)) : d);
            }
            if (!found) {
                throw new IllegalArgumentException("no device \"" + id + "\": see /node show");
            }
            s.devices(devices);
            return;
        }
        throw new IllegalArgumentException("unknown knob \"" + knob + "\": try policy=, scope=, reservedSystemCPUs=, "
                + "pod.NAME.cpu=, device.ID.numa=, busy=NUMA:CPUS");
    }

    private static int number(String knob, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read " + knob + "=\"" + value + "\": expected a NUMA node id");
        }
    }
}
