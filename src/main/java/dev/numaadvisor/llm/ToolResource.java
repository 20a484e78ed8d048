package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;

/** One extended resource a {@link ToolPod} asks for, e.g. {@code nvidia.com/gpu} x 1. */
public record ToolResource(
        @Description("resource name, e.g. nvidia.com/gpu, intel.com/sriov_netdevice, hugepages-1Gi") String name,
        @Description("amount as a Kubernetes quantity, e.g. 1 or 2Gi") String amount) {
}
