package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.scenario.TopologySpec;
import java.util.List;

/** A scenario's node hardware as read: the topology as written, its devices, and the machine they make. */
public record NodeHardware(TopologySpec topology, List<Device> devices, Machine machine) {
    public NodeHardware {
        devices = List.copyOf(devices);
    }
}
