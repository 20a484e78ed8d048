package dev.numaadvisor.app.understand;

import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place resolved facts enter the session. */
public final class SessionPlan {
    private SessionPlan() {
    }

    public static void node(Session s, NodePlan n) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("sockets", n.sockets());
        t.put("numaNodesPerSocket", n.numaNodesPerSocket());
        t.put("coresPerSocket", n.coresPerSocket());
        t.put("threadsPerCore", n.threadsPerCore());
        t.put("memoryPerNumaNode", n.memoryPerNumaNode().toString());
        if (!n.hugepagesPerNumaNode().isEmpty()) {
            Map<String, Object> h = new LinkedHashMap<>();
            n.hugepagesPerNumaNode().forEach((k, v) -> h.put(k, v.toString()));
            t.put("hugepagesPerNumaNode", h);
        }
        s.topology(t);
        s.devices().clear();
        for (NodePlan.Device d : n.devices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resource", d.resource());
            m.put("id", d.id());
            if (d.numaNode() != null) {
                m.put("numaNode", d.numaNode());
            }
            s.devices().add(m);
        }
    }

    public static void pods(Session s, List<PodPlan> pods) {
        s.pods().clear();
        addPods(s, pods);
    }

    /** Adds (or replaces, by name) pods, keeping the others in their order. */
    public static void addPods(Session s, List<PodPlan> pods) {
        for (PodPlan p : pods) {
            List<Object> containers = new ArrayList<>();
            for (PodPlan.Container c : p.containers()) {
                Map<String, Object> resources = new LinkedHashMap<>();
                resources.put("requests", strings(c.requests()));
                if (!c.limits().isEmpty()) {
                    resources.put("limits", strings(c.limits()));
                }
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("resources", resources);
                containers.add(cm);
            }
            Map<String, Object> manifest = PodSpec.manifest(p.name(), Map.of(), false);
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) manifest.get("spec");
            spec.put("containers", containers);
            s.pods().put(p.name(), manifest);
        }
    }

    /**
     * CPUs said to be busy become a cpu_manager_state checkpoint (checksum 0: not verified) whose
     * entries hold that many CPUs of that NUMA node: whole cores first, lowest ids first, never a
     * reserved CPU. Only the static CPU Manager keeps such a checkpoint; under none the CPUs are shared anyway.
     */
    public static void busy(Session s, List<Busy> busy, NodePlan n) {
        s.state().remove("cpuManagerCheckpoint");
        if (busy.isEmpty() || !"static".equals(s.kubeletConfig().get("cpuManagerPolicy"))) {
            return;
        }
        java.util.TreeSet<Integer> reserved = new java.util.TreeSet<>();
        Object r = s.kubeletConfig().get("reservedSystemCPUs");
        if (r != null) {
            for (int id : dev.numaadvisor.core.model.CpuSet.parse(String.valueOf(r)).toArray()) {
                reserved.add(id);
            }
        }
        int allCores = n.sockets() * n.coresPerSocket();
        int coresPerNuma = n.coresPerSocket() / n.numaNodesPerSocket();
        Map<String, Object> entries = new LinkedHashMap<>();
        java.util.TreeSet<Integer> held = new java.util.TreeSet<>();
        for (Busy b : busy) {
            int want = b.cpus(n.threadsPerCore());
            List<Integer> taken = new ArrayList<>();
            for (int core = 0; core < allCores && taken.size() < want; core++) {
                int socket = core / n.coresPerSocket();
                int numa = socket * n.numaNodesPerSocket() + (core % n.coresPerSocket()) / coresPerNuma;
                if (numa != b.numaNode()) {
                    continue;
                }
                for (int t = 0; t < n.threadsPerCore() && taken.size() < want; t++) {
                    int cpu = t * allCores + core;
                    if (!reserved.contains(cpu)) {
                        taken.add(cpu);
                    }
                }
            }
            if (taken.size() < want) {
                throw new IllegalArgumentException("NUMA " + b.numaNode() + " has only " + taken.size()
                        + " CPUs outside the reserved ones, not the " + want + " said to be busy");
            }
            held.addAll(taken);
            entries.put("busy-numa-" + b.numaNode(), Map.of("app", cpuList(taken)));
        }
        List<Integer> rest = new ArrayList<>();
        for (int cpu = 0; cpu < n.cpus(); cpu++) {
            if (!held.contains(cpu)) {
                rest.add(cpu);
            }
        }
        Map<String, Object> checkpoint = new LinkedHashMap<>();
        checkpoint.put("policyName", "static");
        checkpoint.put("defaultCpuSet", cpuList(rest));
        checkpoint.put("entries", entries);
        checkpoint.put("checksum", 0);
        s.state().put("cpuManagerCheckpoint", checkpoint);
    }

    private static String cpuList(List<Integer> ids) {
        return dev.numaadvisor.core.model.CpuSet.of(ids).toString();
    }

    private static Map<String, Object> strings(Map<String, Quantity> q) {
        Map<String, Object> m = new LinkedHashMap<>();
        q.forEach((k, v) -> m.put(k, v.toString()));
        return m;
    }
}
