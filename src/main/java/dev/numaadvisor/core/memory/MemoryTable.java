package dev.numaadvisor.core.memory;

/**
 * One row of a NUMA node's memory map in {@code memory_manager_state} (the kubelet's {@code
 * MemoryTable}), in bytes. Values are the kubelet's unsigned 64-bit numbers: one above {@code
 * Long.MAX_VALUE} (a reservation larger than the node wraps around) reads negative here; print it
 * with {@link Long#toUnsignedString(long)}.
 */
public record MemoryTable(
        long total, long systemReserved, long allocatable, long reserved, long free) {}
