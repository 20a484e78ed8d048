package dev.numaadvisor.app.check;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.admission.Verdict;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.CpuInfo;
import dev.numaadvisor.core.model.CpuTopology;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
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

    /**
     * The mismatches, one sentence each, in the order of the claims; empty when all agree. {@code
     * machine} (may be null) gives the topology and devices that where-it-sits claims are checked on.
     */
    public static List<String> compare(String prose, SimulationResult r, Machine machine) {
        return machine == null ? compare(prose, r, null, List.of())
                : compare(prose, r, machine.topology(), machine.devices());
    }

    private static List<String> compare(String prose, SimulationResult r, CpuTopology topology, List<Device> devices) {
        if (r == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (r.startError() != null) {
            for (Claim c : ClaimExtractor.extract(prose, List.of(), Map.of(), true)) {
                String fact = nodeFact(c, topology, devices);
                if (fact != null) {
                    out.add(fact);
                }
                if (c.kind() == Claim.Kind.ADMITTED || c.kind() == Claim.Kind.REASON) {
                    out.add((c.kind() == Claim.Kind.ADMITTED ? "the answer says a pod is admitted"
                            : "the answer gives a rejection reason (" + c.value() + ")")
                            + ", but the kubelet would not start, so it admits or rejects nothing: " + r.startError().getMessage());
                    break;
                }
            }
            return out;
        }
        List<String> names = r.pods().stream().map(PodResult::name).toList();
        return check(ClaimExtractor.extract(prose, names, containers(r)), r, topology, devices);
    }

    /** Claims read some other way (a placement block): each compared with the simulator, mismatches in order. */
    public static List<String> compareClaims(List<Claim> claims, SimulationResult r, Machine machine) {
        if (r == null || claims.isEmpty()) {
            return List.of();
        }
        if (r.startError() != null) {
            return List.of("the answer states a placement, but the kubelet would not start: " + r.startError().getMessage());
        }
        List<String> out = new ArrayList<>();
        List<Claim> known = new ArrayList<>();
        for (Claim c : claims) {
            if (c.pod() != null && r.pod(c.pod()) == null) {
                out.add("the answer names pod " + c.pod() + ", which the simulation does not have (pods: "
                        + String.join(", ", r.pods().stream().map(PodResult::name).toList()) + ")");
            } else {
                known.add(c);
            }
        }
        out.addAll(check(known, r, machine == null ? null : machine.topology(),
                machine == null ? List.of() : machine.devices()));
        return out.stream().distinct().toList();
    }

    private static List<String> check(List<Claim> claims, SimulationResult r, CpuTopology topology, List<Device> devices) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.kind() == Claim.Kind.CPU_AT || c.kind() == Claim.Kind.DEVICE_AT) {
                String fact = nodeFact(c, topology, devices);
                if (fact != null) {
                    out.add(fact);
                }
                continue;
            }
            if (!holdsSomehow(c, r, topology, devices) && c.readings().stream().noneMatch(o -> holdsSomehow(o, r, topology, devices))) {
                out.add(describe(c) + ", but the simulator says: " + Verdicts.of(r, c.pod()));
            }
        }
        return out.stream().distinct().toList();
    }

    /**
     * Where the answer says CPUs or a device sit (CPU_AT, DEVICE_AT), checked against the node: the
     * mismatch, or null when it agrees, the node is unknown or the claim is of another kind.
     */
    private static String nodeFact(Claim c, CpuTopology topology, List<Device> devices) {
        if (c.kind() == Claim.Kind.CPU_AT) {
            String where = cpuAt(c.value(), topology);
            return where == null ? null : "the answer puts CPUs " + c.value().replace("@", " on NUMA node ")
                    + ", but they are on NUMA node(s) " + where;
        }
        if (c.kind() == Claim.Kind.DEVICE_AT && !deviceAt(c.value(), devices)) {
            return describe(c) + ", but the node's " + c.value().split("@")[0] + " is on NUMA node "
                    + numaOf(c.value().split("@")[0], devices);
        }
        return null;
    }

    /** The claim holds for its pod, or for at least one pod when it names none. */
    private static boolean holdsSomehow(Claim c, SimulationResult r, CpuTopology topology, List<Device> devices) {
        List<PodResult> subjects = c.pod() == null ? r.pods() : List.of(r.pod(c.pod()));
        return !subjects.isEmpty() && subjects.stream().anyMatch(p -> holds(c, p, r, topology, devices));
    }

    /** Container name → the pods that have a container of that name, in the result's order. */
    private static Map<String, List<String>> containers(SimulationResult r) {
        Map<String, List<String>> out = new TreeMap<>();
        for (PodResult p : r.pods()) {
            for (ContainerResult c : p.containers()) {
                List<String> pods = out.computeIfAbsent(c.name(), k -> new ArrayList<>());
                if (!pods.contains(p.name())) {
                    pods.add(p.name());
                }
            }
        }
        return out;
    }

    static boolean holds(Claim c, PodResult p, SimulationResult r, CpuTopology topology, List<Device> devices) {
        List<ContainerResult> named = p.containers().stream()
                .filter(k -> c.container() == null || c.container().equals("*") || k.name().equals(c.container())).toList();
        if (c.kind() == Claim.Kind.NUMA && "*".equals(c.container())) {
            // "both containers sit on NUMA node 0": each of them, not the pod as a whole.
            return p.admitted() && named.stream().filter(k -> !k.init()).allMatch(k ->
                    ids(c.value()).containsAll(numaNodes(p, List.of(k), c.resource(), topology, devices)));
        }
        switch (c.kind()) {
            case ADMITTED:
                // "topology": the Topology Manager admitted it; a CPU, SMT or resource check may still reject it
                return p.admitted() || c.value().equals("topology") && p.verdict() == Verdict.REJECTED
                        && !"TopologyAffinityError".equals(p.reason());
            // A pod past numa-advisor's search limit was neither admitted nor rejected by the kubelet.
            case REJECTED:
                return p.verdict() == Verdict.REJECTED;
            case REASON:
                return p.verdict() == Verdict.REJECTED && p.reason() != null
                        && p.reason().equalsIgnoreCase(c.value());
            // A rejected pod got nothing: any CPU, NUMA node or device it is said to have is wrong
            // (what it "would need" is read as intent and makes no claim).
            case NUMA:
                if (c.resource().equals("memory") && memoryUnpinned(p, named, r)) {
                    return false;
                }
                if (c.value().equals("both")) {
                    // "spans both nodes" on a two-node machine
                    return topology == null || topology.numaNodeIds().size() != 2 || holds(new Claim(c.kind(), c.pod(),
                            c.container(), c.resource(), "0,1", false, c.quote()), p, r, topology, devices);
                }
                TreeSet<Integer> at = numaNodes(p, named, c.resource(), topology, devices);
                // "its memory is pinned to NUMA node 0" names all of it; CPUs are often told node by node.
                boolean whole = c.resource().equals("memory") && named.stream().anyMatch(k -> k.memory() != null);
                return p.admitted() && (whole ? at.equals(new TreeSet<>(ids(c.value()))) : at.containsAll(ids(c.value())));
            case CPUS:
                return machineSet(CpuSet.parse(c.value()), r, c.resource().equals("slice") ? topology : null)
                        || p.admitted() && cpusAgree(c, named, r, topology);
            case DEVICE:
                return p.admitted() && devices(named).contains(c.value());
            case MEMORY_PINNED:
                return named.stream().filter(k -> !k.init()).anyMatch(k -> k.memory() != null)
                        == Boolean.parseBoolean(c.value()) || !p.admitted() && !Boolean.parseBoolean(c.value());
            // Said of a pod with pinned and shared containers, either is true of some container.
            case EXCLUSIVE:
                return p.admitted() && named.stream().anyMatch(k -> (!k.init() || c.container() != null)
                        && k.exclusiveCpus() == Boolean.parseBoolean(c.value()));
            case MERGED_HINT:
                return c.value().equals("none") ? named.stream().allMatch(k -> k.mergedHint() == null) && p.podHint() == null
                        : mergedAgrees(c.value(), p, named, c.container() != null && !c.container().equals("*"));
            default:
                throw new AssertionError(c.kind());
        }
    }

    /**
     * The reserved set, or, in a listing per node (with {@code topology}), all the CPUs of some NUMA
     * nodes or sockets ("NUMA 0: CPUs 0–15 and 32–47"): quoted as a fact of the node, not the pod's.
     */
    private static boolean machineSet(CpuSet claimed, SimulationResult r, CpuTopology topology) {
        if (claimed.equals(r.reservedCpus())) {
            return true;
        }
        if (topology == null || claimed.isEmpty() || !topology.all().containsAll(claimed)) {
            return false;
        }
        CpuSet nodes = CpuSet.empty();
        for (int numa : topology.numaMaskOf(claimed).ids()) {
            nodes = nodes.union(topology.cpusInNuma(numa));
        }
        CpuSet sockets = CpuSet.empty();
        for (int socket : topology.distinct(CpuInfo::socket, claimed)) {
            sockets = sockets.union(topology.cpusInSocket(socket));
        }
        return claimed.equals(nodes) || claimed.equals(sockets);
    }

    private static boolean cpusAgree(Claim c, List<ContainerResult> containers, SimulationResult r, CpuTopology topology) {
        CpuSet claimed = CpuSet.parse(c.value());
        CpuSet union = CpuSet.empty();
        for (ContainerResult k : containers) {
            if (k.cpus() == null) {
                continue;
            }
            if (k.cpus().equals(claimed) || numaSlice(claimed, k.cpus(), topology)) {
                return true;
            }
            if (!k.init()) {
                union = union.union(k.cpus());
            }
        }
        boolean shared = r.cpuCheckpoint() != null && claimed.equals(r.cpuCheckpoint().defaultCpuSet());
        return claimed.equals(union) || shared || (c.subset() && union.containsAll(claimed));
    }

    /**
     * The NUMA nodes a pod's {@code resource} ("cpu", "memory", "device"; empty for any) came from.
     * Without the node's topology, CPUs are placed by the merged hints, which bound them.
     */
    private static TreeSet<Integer> numaNodes(PodResult p, List<ContainerResult> containers, String resource,
                                              CpuTopology topology, List<Device> devices) {
        boolean any = resource.isEmpty();
        // A pod with pinned CPUs is placed by them; the shared pool spans every node and says nothing.
        boolean pinned = containers.stream().anyMatch(c -> !c.init() && c.exclusiveCpus());
        TreeSet<Integer> out = new TreeSet<>();
        if ((any || topology == null && resource.equals("cpu")) && p.podHint() != null && p.podHint().affinity() != null) {
            out.addAll(p.podHint().affinity().ids());
        }
        for (ContainerResult c : containers) {
            TopologyHint h = c.mergedHint();
            if ((any || topology == null && resource.equals("cpu")) && h != null && h.affinity() != null) {
                out.addAll(h.affinity().ids());
            }
            if ((any || resource.equals("memory")) && c.memory() != null) {
                out.addAll(c.memory().numaNodes());
            }
            if ((any || resource.equals("cpu")) && topology != null && c.cpus() != null && !c.cpus().isEmpty()
                    && (c.exclusiveCpus() || !pinned)) {
                out.addAll(topology.numaMaskOf(c.cpus()).ids());
            }
            if ((any || resource.equals("device")) && c.devices() != null) {
                c.devices().values().forEach(ids -> ids.forEach(id -> devices.stream()
                        .filter(d -> d.id().equals(id) && d.numaNode() != null).forEach(d -> out.add(d.numaNode()))));
            }
        }
        // A claim about a resource this pod has none of (no memory pinned, no device) is not checked.
        return out.isEmpty() && !any ? numaNodes(p, containers, "", topology, devices) : out;
    }

    /** The Memory Manager pinned some container's memory, but not this pod's: "its memory is pinned to NUMA 0" is wrong. */
    private static boolean memoryUnpinned(PodResult p, List<ContainerResult> containers, SimulationResult r) {
        boolean managed = r.pods().stream().flatMap(q -> q.containers().stream()).anyMatch(k -> k.memory() != null);
        List<ContainerResult> app = containers.stream().filter(k -> !k.init()).toList();
        return managed && p.admitted() && !app.isEmpty() && app.stream().allMatch(k -> k.memory() == null);
    }

    /**
     * "On NUMA 0: 1-8,25-32" names the part of a container's CPUs on some NUMA nodes: right when it
     * is exactly the container's CPUs on the NUMA nodes it names.
     */
    private static boolean numaSlice(CpuSet claimed, CpuSet cpus, CpuTopology topology) {
        if (topology == null || claimed.isEmpty() || !cpus.containsAll(claimed)) {
            return false;
        }
        CpuSet onThoseNodes = CpuSet.empty();
        for (int numa : topology.numaMaskOf(claimed).ids()) {
            onThoseNodes = onThoseNodes.union(topology.cpusInNuma(numa));
        }
        return claimed.equals(cpus.intersection(onThoseNodes));
    }

    /** Null when the CPUs are where the answer says (or the topology is unknown), else where they are. */
    private static String cpuAt(String value, CpuTopology topology) {
        String[] parts = value.split("@");
        if (topology == null) {
            return null;
        }
        CpuSet cpus;
        try {
            cpus = CpuSet.parse(parts[0]);
            if (!topology.all().containsAll(cpus)) {
                return null; // ids the node does not have: not a placement this check can judge
            }
        } catch (RuntimeException e) {
            return null;
        }
        List<Integer> at = topology.numaMaskOf(cpus).ids();
        return at.equals(List.of(Integer.parseInt(parts[1]))) ? null : at.toString();
    }

    private static boolean deviceAt(String value, List<Device> devices) {
        String[] parts = value.split("@");
        Integer numa = numaOf(parts[0], devices);
        return numa == null || numa == Integer.parseInt(parts[1]);
    }

    private static Integer numaOf(String id, List<Device> devices) {
        return devices.stream().filter(d -> d.id().equals(id)).map(Device::numaNode).findFirst().orElse(null);
    }

    private static TreeSet<String> devices(List<ContainerResult> containers) {
        TreeSet<String> out = new TreeSet<>();
        for (ContainerResult c : containers) {
            if (c.devices() != null) {
                c.devices().values().forEach(out::addAll);
            }
        }
        return out;
    }

    /** Against the named container's merged hint, else any of the pod's (and its pod-scope hint). */
    private static boolean mergedAgrees(String claimed, PodResult p, List<ContainerResult> named, boolean container) {
        List<TopologyHint> hints = new ArrayList<>();
        if (p.podHint() != null && !container) {
            hints.add(p.podHint());
        }
        named.stream().filter(c -> c.mergedHint() != null).forEach(c -> hints.add(c.mergedHint()));
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
        String who = (c.pod() == null ? "a pod" : c.pod()) + (c.container() == null ? "" : "'s container " + c.container());
        switch (c.kind()) {
            case ADMITTED:
                return "the answer says " + who + " is admitted";
            case REJECTED:
                return "the answer says " + who + " is rejected";
            case REASON:
                return "the answer gives " + who + "'s rejection reason as " + c.value();
            case NUMA:
                return "the answer places " + who + (c.resource().isEmpty() ? "" : "'s " + c.resource())
                        + " on NUMA node(s) " + c.value();
            case CPUS:
                return "the answer names CPUs " + c.value() + " for " + who;
            case DEVICE:
                return "the answer gives " + who + " device " + c.value();
            case MERGED_HINT:
                return "the answer gives " + who + "'s merged hint as " + c.value();
            case DEVICE_AT:
                return "the answer puts " + c.value().replace("@", " on NUMA node ");
            case MEMORY_PINNED:
                return "the answer says " + who + (Boolean.parseBoolean(c.value()) ? "'s memory is pinned by the Memory Manager"
                        : "'s memory is not pinned by the Memory Manager");
            case EXCLUSIVE:
                return "the answer says " + who + (Boolean.parseBoolean(c.value()) ? " has exclusive CPUs"
                        : " runs in the shared CPU pool");
            default:
                throw new AssertionError(c.kind());
        }
    }
}
