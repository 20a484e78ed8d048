package dev.numaadvisor.app.understand;

/**
 * Devices of one resource as stated: on a NUMA node, on a socket (mapped to its NUMA node once
 * the shape is known), or with no NUMA affinity; {@code added} when the text adds them to the
 * node's devices ("add a second GPU") instead of describing all of them.
 */
public record StatedDevice(String resource, Integer numaNode, Integer socket, boolean noAffinity, int count,
                           boolean added) {
    public StatedDevice {
        if (resource == null || resource.isBlank()) {
            throw new IllegalArgumentException("a device needs a resource name");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a device count must be at least 1, not " + count);
        }
    }

    /** Where the devices are, in words: {@code NUMA 1}, {@code socket 1}, {@code no NUMA affinity}. */
    public String where() {
        if (noAffinity) {
            return "no NUMA affinity";
        }
        if (numaNode != null) {
            return "NUMA " + numaNode;
        }
        return socket != null ? "socket " + socket : "an unstated NUMA node";
    }
}
