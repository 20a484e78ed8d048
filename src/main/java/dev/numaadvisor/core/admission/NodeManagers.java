package dev.numaadvisor.core.admission;

import dev.numaadvisor.core.cpu.CpuManager;
import dev.numaadvisor.core.device.DeviceManager;
import dev.numaadvisor.core.hint.HintProvider;
import dev.numaadvisor.core.memory.MemoryManager;
import dev.numaadvisor.core.topology.Policy;
import java.util.List;

/**
 * The Topology Manager policy and the hint providers of one running kubelet, and the node
 * allocatable its resource fit checks against, and the machine's NUMA node ids (for shortfalls).
 */
record NodeManagers(Policy policy, DeviceManager device, CpuManager cpu, MemoryManager memory,
                    NodeAllocatable allocatable, List<Integer> numaNodes) {
    /** Registration order, hence merge and allocation order: device, CPU, memory. */
    List<HintProvider> providers() {
        return List.of(device, cpu, memory);
    }
}
