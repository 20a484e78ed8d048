package dev.numaadvisor.core.model;

/** A device-plugin device; {@code numaNode} is null when the plugin reports no NUMA affinity. */
public record Device(String resource, String id, Integer numaNode) {
    public Device {
        if (resource == null || resource.isEmpty() || id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a device needs a resource and an id");
        }
    }
}
