package dev.numaadvisor.adapter.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * Every input format {@code import} understands, with the name {@code --format} accepts and
 * the words used when telling the user what was detected.
 */
public enum InputFormat {
    LSCPU("lscpu", "lscpu (human output)"),
    LSCPU_PARSE("lscpu-p", "lscpu -p (parsable CSV)"),
    LSCPU_EXTENDED("lscpu-e", "lscpu -e (extended table)"),
    LSCPU_JSON("lscpu-json", "lscpu --json"),
    NUMACTL("numactl", "numactl -H"),
    SYSFS("sysfs", "sysfs files (grep dump, directory or tarball)"),
    NVIDIA_SMI_TOPO("nvidia-smi", "nvidia-smi topo -m"),
    LSTOPO("lstopo", "lstopo / hwloc-ls text"),
    NODE_RESOURCE_TOPOLOGY("nrt", "NodeResourceTopology (topology.node.k8s.io/v1alpha2)"),
    KUBECTL_NODE_YAML("node-yaml", "kubectl get node -o yaml"),
    KUBECTL_DESCRIBE_NODE("describe-node", "kubectl describe node"),
    KUBECTL_POD_YAML("pod-yaml", "kubectl get pod -o yaml"),
    KUBECTL_DESCRIBE_POD("describe-pod", "kubectl describe pod"),
    KUBECTL_EVENTS("events", "kubectl get events"),
    KUBECTL_GET_PODS("get-pods", "kubectl get pods (table)"),
    CPU_MANAGER_CHECKPOINT("cpu-manager-state", "cpu_manager_state checkpoint"),
    MEMORY_MANAGER_CHECKPOINT("memory-manager-state", "memory_manager_state checkpoint"),
    KUBELET_CONFIG("kubelet-config", "KubeletConfiguration YAML"),
    KUBELET_CONFIGZ("configz", "kubelet configz JSON");

    private final String cliName;
    private final String description;

    InputFormat(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name {@code --format} accepts. */
    public String cliName() {
        return cliName;
    }

    /** Human words: what the user ran to produce this format. */
    public String description() {
        return description;
    }

    /** The format named {@code name} on the command line, or null when there is none. */
    public static InputFormat byCliName(String name) {
        for (InputFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    public static List<String> cliNames() {
        List<String> out = new ArrayList<>();
        for (InputFormat f : values()) {
            out.add(f.cliName);
        }
        return out;
    }
}
