package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;

/** A device-plugin device of a {@link ToolNode}: its resource, NUMA node and how many there are. */
public record ToolDevice(
        @Description("resource name: nvidia.com/gpu, intel.com/sriov_netdevice, or gpu / nic for short") String resource,
        @Description("the NUMA node the device is attached to; omit when the plugin reports none") Integer numaNode,
        @Description("how many such devices on that NUMA node; default 1") Integer count) {
}
