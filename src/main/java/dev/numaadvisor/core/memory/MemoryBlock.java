package dev.numaadvisor.core.memory;

import java.util.List;

/**
 * A container's memory of one type on a set of NUMA nodes (the kubelet's {@code Block}): {@code
 * numaAffinity} as stored (normally ascending), {@code type} {@code memory} or {@code
 * hugepages-<size>}, {@code size} in bytes (unsigned 64-bit, see {@link MemoryTable}).
 */
public record MemoryBlock(List<Integer> numaAffinity, String type, long size) {
    public MemoryBlock {
        numaAffinity = List.copyOf(numaAffinity);
        if (type == null) {
            throw new IllegalArgumentException("a memory block needs a type");
        }
    }

    MemoryBlock withSize(long newSize) {
        return new MemoryBlock(numaAffinity, type, newSize);
    }
}
