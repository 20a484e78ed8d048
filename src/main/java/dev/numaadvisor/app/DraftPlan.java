package dev.numaadvisor.app;

import dev.numaadvisor.core.cpu.SmtAlignment;
import dev.numaadvisor.core.model.CpuSet;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a draft reserves and why, decided from the machine and the intended pod alone: one whole
 * physical core (all its SMT siblings) on the lowest NUMA node that hosts none of the pod's
 * devices (NUMA 0's first core when every node has one), and the memory reservation on that
 * same node.
 */
record DraftPlan(int reservedNuma, CpuSet reservedCpus, TreeSet<Integer> deviceNumaNodes, boolean smt,
                 long podCpus, boolean fullPcpusOnly, boolean noOtherNode, int numaNodes) {
    /** The kubelet's default limit; beyond it the option max-allowable-numa-nodes is needed (NUMA-TM-003). */
    static final int DEFAULT_MAX_NUMA_NODES = 8;

    /** A small, common choice for the OS and kubelet, not a sizing recommendation. */
    static final String SYSTEM_RESERVED_MEMORY = "1Gi";
    /** The kubelet's default evictionHard memory.available. */
    static final String EVICTION_HARD_MEMORY = "100Mi";
    /** 1Gi + 100Mi: the NUMA-MEM-002 sum, kubeReserved being unset (0). */
    static final String RESERVED_MEMORY_TOTAL = "1124Mi";

    static DraftPlan of(Machine machine, Pod intended) {
        Container c = intended.containers().get(0);
        TreeSet<Integer> deviceNodes = new TreeSet<>();
        for (Device d : machine.devices()) {
            boolean requested = c.requests().containsKey(d.resource());
            boolean anyRequested = machine.devices().stream().anyMatch(x -> c.requests().containsKey(x.resource()));
            if (d.numaNode() != null && (requested || !anyRequested)) {
                deviceNodes.add(d.numaNode());
            }
        }
        int numa = -1;
        for (int n : machine.topology().numaNodeIds()) {
            if (!deviceNodes.contains(n)) {
                numa = n;
                break;
            }
        }
        boolean noOther = numa < 0;
        if (noOther) {
            numa = machine.topology().numaNodeIds().get(0);
        }
        int firstCpu = machine.topology().cpusInNuma(numa).first();
        CpuSet reserved = machine.topology().cpusInCore(machine.topology().cpu(firstCpu).core());
        boolean smt = machine.topology().cpusPerCore() > 1;
        long millis = c.request("cpu") == null ? 0 : c.request("cpu").milliValue();
        long cpus = millis / 1000;
        boolean fullPcpus = smt && millis % 1000 == 0
                && SmtAlignment.notWholeCores(cpus, machine.topology().cpusPerCore()) == null;
        return new DraftPlan(numa, reserved, deviceNodes, smt, cpus, fullPcpus, noOther,
                machine.numaNodeIds().size());
    }

    /** The config's fields in output order, each with its reason. */
    List<DraftResult.Field> fields(String policy) {
        List<DraftResult.Field> f = new ArrayList<>();
        f.add(new DraftResult.Field("cpuManagerPolicy", "static",
                "exclusive CPUs for Guaranteed containers with integer CPUs (NUMA-POD-001, NUMA-POD-002);"
                        + " with none the Topology Manager has no CPUs to align (NUMA-CPU-016)"));
        if (fullPcpusOnly) {
            f.add(new DraftResult.Field("cpuManagerPolicyOptions", new LinkedHashMap<>(Map.of("full-pcpus-only",
                    "true")), "SMT is on and the pod asks whole cores (" + podCpus + " CPUs): no container"
                    + " shares a physical core with another (NUMA-CPU-018)"));
        }
        f.add(new DraftResult.Field("reservedSystemCPUs", reservedCpus.toString(),
                "one whole core (both SMT siblings) on NUMA " + reservedNuma + reservedWhere()
                        + " (NUMA-ADV-001, NUMA-ADV-002); satisfies NUMA-CPU-002"));
        f.add(new DraftResult.Field("memoryManagerPolicy", "Static",
                "guaranteed memory from the pod's NUMA node, aligned with its CPUs and devices"));
        f.add(new DraftResult.Field("systemReserved", new LinkedHashMap<>(Map.of("memory", SYSTEM_RESERVED_MEMORY)),
                "memory for the OS and kubelet; the Memory Manager needs a non-zero reservation (NUMA-MEM-003)"));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("numaNode", reservedNuma);
        entry.put("limits", new LinkedHashMap<>(Map.of("memory", RESERVED_MEMORY_TOTAL)));
        f.add(new DraftResult.Field("reservedMemory", new ArrayList<>(List.of(entry)),
                memoryArithmetic() + " (NUMA-MEM-002)"));
        f.add(new DraftResult.Field("topologyManagerPolicy", policy, policyWhy(policy)));
        if (numaNodes > DEFAULT_MAX_NUMA_NODES && !"none".equals(policy)) {
            f.add(new DraftResult.Field("topologyManagerPolicyOptions", new LinkedHashMap<>(Map.of(
                    "max-allowable-numa-nodes", String.valueOf(numaNodes))), "the machine has " + numaNodes
                    + " NUMA nodes; above 8 the kubelet refuses to start without this option (NUMA-TM-003);"
                    + " admission cost grows as 2^N"));
        }
        f.add(new DraftResult.Field("topologyManagerScope", "pod",
                "the pod's CPUs, memory and devices are aligned together, as one unit (NUMA-TM-012)"));
        return f;
    }

    private String reservedWhere() {
        if (noOtherNode) {
            return ", the only choice: every NUMA node hosts one of the pod's devices";
        }
        return deviceNumaNodes.isEmpty() ? ", the first NUMA node" : ", off the devices' NUMA node(s) "
                + Draft.join(deviceNumaNodes) + " so they keep all their cores for pods";
    }

    private static String policyWhy(String policy) {
        switch (policy) {
            case "single-numa-node":
                return "the intended pod fits one NUMA node: admit it only there, reject rather than misalign";
            case "restricted":
                return "admit only the narrowest (preferred) alignment; reject rather than misalign";
            case "best-effort":
                return "align when possible, never reject (misalignment only shows in logs, NUMA-TM-014)";
            default:
                return "no alignment at all (not recommended for latency-sensitive pods)";
        }
    }

    String memoryArithmetic() {
        return "sum of reservedMemory = kubeReserved.memory 0 (unset) + systemReserved.memory "
                + SYSTEM_RESERVED_MEMORY + " + evictionHard memory.available " + EVICTION_HARD_MEMORY
                + " (kubelet default) = " + RESERVED_MEMORY_TOTAL + ", all on NUMA " + reservedNuma;
    }

    List<String> reasoning(String policy, String admission) {
        List<String> r = new ArrayList<>();
        r.add("policy " + policy + ": " + policyWhy(policy) + "; the simulator confirms: " + admission);
        r.add("reserved CPUs " + reservedCpus + ": " + (smt ? "a whole physical core, both SMT siblings, so no"
                + " pod shares a core with system daemons" : "one CPU (SMT is off)") + "; on NUMA " + reservedNuma
                + reservedWhere());
        r.add("reservedMemory: " + memoryArithmetic() + "; the kubelet refuses to start unless the sum is exact,"
                + " and it sits with the reserved CPUs");
        if (smt && !fullPcpusOnly) {
            r.add("full-pcpus-only left off: the pod's " + podCpus + " CPUs are not whole cores, the option would"
                    + " reject it with SMTAlignmentError (NUMA-POD-004)");
        }
        return r;
    }
}
