package dev.numaadvisor.app.session;

import dev.numaadvisor.core.config.KubeletConfig;

/** Short views of the session's kubelet config: what the kubelet makes of it, defaults included. */
public final class ConfigView {
    /** The fields that decide NUMA alignment, in the order an engineer reads them. */
    public static final String[] KEY_FIELDS = {"cpuManagerPolicy", "memoryManagerPolicy", "topologyManagerPolicy",
        "topologyManagerScope", "reservedSystemCPUs", "cpuManagerPolicyOptions", "topologyManagerPolicyOptions",
        "systemReserved", "kubeReserved", "reservedMemory"};

    private ConfigView() {
    }

    public static String oneLine(Session s) {
        SessionConfig sc = s.config();
        KubeletConfig c = sc.config();
        Object reserved = sc.fields().get("reservedSystemCPUs");
        return "cpu " + c.cpuManagerPolicy() + ", memory " + c.memoryManagerPolicy() + ", topology "
                + c.topologyManagerPolicy() + " (scope " + c.topologyManagerScope() + ")"
                + (reserved != null ? ", reservedSystemCPUs " + reserved : "")
                + (sc.decodeError() == null ? "" : "; the kubelet would not start: " + sc.decodeError());
    }

    /** The fields as the user wrote them. */
    public static String yaml(Session s) {
        return ScenarioYaml.dump(s.config().fields());
    }
}
