package dev.numaadvisor.app.session;

import java.util.Map;

/** Short views of the session's kubelet config; {@code (default)} marks a field left unset. */
public final class ConfigView {
    /** The fields that decide NUMA alignment, in the order an engineer reads them. */
    public static final String[] KEY_FIELDS = {"cpuManagerPolicy", "memoryManagerPolicy", "topologyManagerPolicy",
        "topologyManagerScope", "reservedSystemCPUs", "cpuManagerPolicyOptions", "topologyManagerPolicyOptions",
        "systemReserved", "kubeReserved", "reservedMemory"};

    private ConfigView() {
    }

    public static String oneLine(Session s) {
        Map<String, Object> c = s.kubeletConfig();
        return "cpu " + c.getOrDefault("cpuManagerPolicy", "none") + ", memory "
                + c.getOrDefault("memoryManagerPolicy", "None") + ", topology "
                + c.getOrDefault("topologyManagerPolicy", "none") + " (scope "
                + c.getOrDefault("topologyManagerScope", "container") + ")"
                + (c.containsKey("reservedSystemCPUs") ? ", reservedSystemCPUs " + c.get("reservedSystemCPUs") : "");
    }

    public static String yaml(Session s) {
        return ScenarioYaml.dump(s.kubeletConfig());
    }
}
