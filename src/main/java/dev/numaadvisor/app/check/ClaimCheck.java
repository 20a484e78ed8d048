package dev.numaadvisor.app.check;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Verdict;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares each claim with the engine's result for the pod the claim is about, reading the typed
 * fields of {@link SimulationResult} (verdict, reason, merged hint, CPUs, memory NUMA nodes,
 * device ids), never its trace text. A claim about no named pod must hold for at least one pod.
 * {@code topology} may be null (then CPU NUMA nodes come from merged hints and memory only).
 */
public final class ClaimCheck {
    private ClaimCheck() {
    }

    /** The mismatches, one sentence each, in the order of the claims; empty when all agree. */
    public static List<String> compare(String prose, SimulationResult r, CpuTopology topology) {
        if (r == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (r.startError() != null) {
            for (Claim c : ClaimExtractor.extract(prose, List.of(), Map.of())) {
                if (c.kind() == Claim.Kind.ADMITTED) {
                    out.add("the answer says a pod is admitted, but the kubelet would not start: "
                            + r.startError().getMessage());
                    break;
                }
            }
            return out;
        }
        List<String> names = r.pods().stream().map(PodResult::name).toList();
        for (Claim c : ClaimExtractor.extract(prose, names, containers(r))) {
            List<PodResult> subjects = c.pod() == null ? r.pods() : List.of(r.pod(c.pod()));
            if (subjects.isEmpty() || subjects.stream().noneMatch(p -> holds(c, p, r, topology))) {
                out.add(describe(c) + ", but the simulator says: " + Verdicts.of(r, c.pod()));
            }
        }
        return out.stream().distinct().toList();
    }

    /** Container name → pod; a name that two pods use is left out (it identifies no pod). */
    private static Map<String, String> containers(SimulationResult r) {
        Map<String, String> out = new TreeMap<>();
        TreeSet<String> clash = new TreeSet<>();
        for (PodResult p : r.pods()) {
            for (ContainerResult c : p.containers()) {
                if (out.containsKey(c.name()) && !out.get(c.name()).equals(p.name())) {
                    clash.add(c.name());
                }
                out.put(c.name(), p.name());
            }
        }
        clash.forEach(out::remove);
        return out;
    }

    static boolean holds(Claim c, PodResult p, SimulationResult r, CpuTopology topology) {
        switch (c.kind()) {
            case ADMITTED:
                return p.admitted();
            // A pod past numa-advisor's search limit was neither admitted nor rejected by the kubelet.
            case REJECTED:
                return p.verdict() == Verdict.REJECTED;
            case REASON:
                return p.verdict() == Verdict.REJECTED && p.reason() != null
                        && p.reason().equalsIgnoreCase(c.value());
            // A rejected pod got nothing: any CPU, NUMA node or device it is said to have is wrong
            // (what it "would need" is read as intent and makes no claim).
            case NUMA:
                return p.admitted() && numaNodes(p, topology).containsAll(ids(c.value()));
            case CPUS:
                return machineSet(CpuSet.parse(c.value()), r) || p.admitted() && cpusAgree(c, p, r);
            case DEVICE:
                return p.admitted() && devices(p).contains(c.value());
            case MERGED_HINT:
                return mergedAgrees(c.value(), p);
            default:
                throw new AssertionError(c.kind());
        }
    }

    /** The reserved set: quoted as a fact of the node, never as the pod's CPUs. */
    private static boolean machineSet(CpuSet claimed, SimulationResult r) {
        return claimed.equals(r.reservedCpus());
    }

    private static boolean cpusAgree(Claim c, PodResult p, SimulationResult r) {
        CpuSet claimed = CpuSet.parse(c.value());
        CpuSet union = CpuSet.empty();
        for (ContainerResult k : p.containers()) {
            if (k.cpus() == null) {
                continue;
            }
            if (k.cpus().equals(claimed)) {
                return true;
            }
            if (!k.init()) {
                union = union.union(k.cpus());
            }
        }
        boolean shared = r.cpuCheckpoint() != null && claimed.equals(r.cpuCheckpoint().defaultCpuSet());
        return claimed.equals(union) || shared || (c.subset() && union.containsAll(claimed));
    }

    private static TreeSet<Integer> numaNodes(PodResult p, CpuTopology topology) {
        TreeSet<Integer> out = new TreeSet<>();
        if (p.podHint() != null && p.podHint().affinity() != null) {
            out.addAll(p.podHint().affinity().ids());
        }
        for (ContainerResult c : p.containers()) {
            TopologyHint h = c.mergedHint();
            if (h != null && h.affinity() != null) {
                out.addAll(h.affinity().ids());
            }
            if (c.memory() != null) {
                out.addAll(c.memory().numaNodes());
            }
            if (topology != null && c.cpus() != null && c.exclusiveCpus()) {
                out.addAll(topology.numaMaskOf(c.cpus()).ids());
            }
        }
        return out;
    }

    private static TreeSet<String> devices(PodResult p) {
        TreeSet<String> out = new TreeSet<>();
        for (ContainerResult c : p.containers()) {
            if (c.devices() != null) {
                c.devices().values().forEach(out::addAll);
            }
        }
        return out;
    }

    private static boolean mergedAgrees(String claimed, PodResult p) {
        List<TopologyHint> hints = new ArrayList<>();
        if (p.podHint() != null) {
            hints.add(p.podHint());
        }
        p.containers().stream().filter(c -> c.mergedHint() != null).forEach(c -> hints.add(c.mergedHint()));
        for (TopologyHint h : hints) {
            String ids = h.affinity() == null ? "any" : h.affinity().toString();
            String pref = h.preferred() ? "preferred" : "not preferred";
            boolean idsOk = claimed.startsWith("?") || claimed.startsWith(ids + " ") || claimed.equals(ids)
                    || claimed.startsWith(ids.replace(" ", ""));
            String claimedPref = claimed.endsWith("not preferred") ? "not preferred"
                    : claimed.endsWith("preferred") ? "preferred" : "";
            boolean prefOk = claimedPref.isEmpty() || claimedPref.equals(pref);
            if (idsOk && prefOk) {
                return true;
            }
        }
        return hints.isEmpty();
    }

    private static List<Integer> ids(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }

    private static String describe(Claim c) {
        String who = c.pod() == null ? "a pod" : c.pod();
        switch (c.kind()) {
            case ADMITTED:
                return "the answer says " + who + " is admitted";
            case REJECTED:
                return "the answer says " + who + " is rejected";
            case REASON:
                return "the answer gives " + who + "'s rejection reason as " + c.value();
            case NUMA:
                return "the answer places " + who + " on NUMA node(s) " + c.value();
            case CPUS:
                return "the answer names CPUs " + c.value() + " for " + who;
            case DEVICE:
                return "the answer gives " + who + " device " + c.value();
            case MERGED_HINT:
                return "the answer gives " + who + "'s merged hint as " + c.value();
            default:
                throw new AssertionError(c.kind());
        }
    }
}
