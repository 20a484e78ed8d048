package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;
import java.util.ArrayList;
import java.util.List;

/**
 * One what-if change, exactly one of: a kubelet config field, a pod's request
 * ({@code pod}, {@code resource}, {@code amount}), a device's NUMA node ({@code device},
 * {@code deviceNumaNode}), or CPUs already held on a NUMA node ({@code busyNumaNode},
 * {@code busyCpus}).
 */
public record ToolChange(
        @Description("none, best-effort, restricted or single-numa-node") String topologyManagerPolicy,
        @Description("container or pod") String topologyManagerScope,
        @Description("none or static") String cpuManagerPolicy,
        @Description("None, Static or BestEffort") String memoryManagerPolicy,
        @Description("CPU list such as 0,48") String reservedSystemCPUs,
        @Description("a pod of the session whose request changes (with resource and amount)") String pod,
        @Description("cpu, memory or a resource name such as nvidia.com/gpu") String resource,
        @Description("the new request as a Kubernetes quantity, e.g. 4 or 8Gi") String amount,
        @Description("a device id of the session's node, e.g. GPU-0 (with deviceNumaNode)") String device,
        @Description("the NUMA node the device moves to") Integer deviceNumaNode,
        @Description("a NUMA node whose CPUs running pods already hold (with busyCpus)") Integer busyNumaNode,
        @Description("how many logical CPUs of busyNumaNode are already held exclusively") Integer busyCpus) {

    /** The change in /whatif's KNOB=VALUE form; IllegalArgumentException unless exactly one is given. */
    String assignment(String tool) {
        List<String> given = new ArrayList<>();
        add(given, "policy", topologyManagerPolicy);
        add(given, "scope", topologyManagerScope);
        add(given, "cpuPolicy", cpuManagerPolicy);
        add(given, "memoryPolicy", memoryManagerPolicy);
        add(given, "reservedSystemCPUs", reservedSystemCPUs);
        if (pod != null || resource != null || amount != null) {
            given.add("pod." + ToolArgs.required(pod, tool, "change.pod").trim() + "."
                    + ToolArgs.required(resource, tool, "change.resource").trim() + "="
                    + ToolArgs.required(amount, tool, "change.amount").trim());
        }
        if (device != null || deviceNumaNode != null) {
            given.add("device." + ToolArgs.required(device, tool, "change.device").trim() + ".numa="
                    + ToolArgs.required(deviceNumaNode, tool, "change.deviceNumaNode"));
        }
        if (busyNumaNode != null || busyCpus != null) {
            given.add("busy=" + ToolArgs.required(busyNumaNode, tool, "change.busyNumaNode") + ":"
                    + ToolArgs.required(busyCpus, tool, "change.busyCpus"));
        }
        if (given.size() != 1) {
            throw new IllegalArgumentException(tool + ": give exactly one change, not " + given.size()
                    + (given.isEmpty() ? "" : " " + given));
        }
        return given.get(0);
    }

    private static void add(List<String> given, String knob, String value) {
        if (value != null && !value.isBlank()) {
            given.add(knob + "=" + value.trim());
        }
    }
}
