package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;
import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.CompactTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * A node as the tools take it: the compact shape and its devices. threadsPerCore and
 * numaNodesPerSocket default to 1 and memoryPerNumaNode to none, as in the Scenario contract.
 */
public record ToolNode(
        @Description("number of CPU sockets, e.g. 2") Integer sockets,
        @Description("physical cores per socket, e.g. 24") Integer coresPerSocket,
        @Description("hardware threads per core: 2 with SMT/hyper-threading, 1 without; default 1")
        Integer threadsPerCore,
        @Description("NUMA nodes per socket (AMD NPS setting); default 1") Integer numaNodesPerSocket,
        @Description("memory of each NUMA node as a Kubernetes quantity, e.g. 256Gi") String memoryPerNumaNode,
        @Description("device-plugin devices such as GPUs and SR-IOV NICs") List<ToolDevice> devices) {

    /** The node as the session holds it; IllegalArgumentException names the bad field. */
    NodeSpec.Node toNode(String tool) {
        int sockets = ToolArgs.positive(ToolArgs.required(this.sockets, tool, "node.sockets"), 1, tool,
                "node.sockets");
        int cores = ToolArgs.positive(ToolArgs.required(coresPerSocket, tool, "node.coresPerSocket"), 1, tool,
                "node.coresPerSocket");
        int threads = ToolArgs.positive(threadsPerCore, 1, tool, "node.threadsPerCore");
        int perSocket = ToolArgs.positive(numaNodesPerSocket, 1, tool, "node.numaNodesPerSocket");
        Quantity memory = memoryPerNumaNode == null ? null
                : ToolArgs.quantity(memoryPerNumaNode, tool, "node.memoryPerNumaNode");
        CompactTopology topology;
        try {
            topology = CompactTopology.of(sockets, perSocket, cores, threads, memory);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(tool + ": node: " + e.getMessage());
        }
        List<Device> out = new ArrayList<>();
        List<ToolDevice> given = devices == null ? List.of() : devices;
        for (int i = 0; i < given.size(); i++) {
            ToolDevice d = given.get(i);
            String at = "node.devices[" + i + "]";
            String resource = NodeSpec.resource(ToolArgs.required(d == null ? null : d.resource(), tool,
                    at + ".resource").trim());
            int count = ToolArgs.positive(d.count(), 1, tool, at + ".count");
            for (int n = 0; n < count; n++) {
                out.add(d.numaNode() == null ? new Device(resource, NodeSpec.device(resource, out, 0).id(), null)
                        : NodeSpec.device(resource, out, d.numaNode()));
            }
        }
        return new NodeSpec.Node(topology, out);
    }
}
