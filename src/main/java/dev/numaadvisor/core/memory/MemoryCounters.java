package dev.numaadvisor.core.memory;

/**
 * The mutable form of a {@link MemoryTable} while the policy works on it. Arithmetic wraps like the
 * kubelet's uint64; compare with {@link Long#compareUnsigned}.
 */
final class MemoryCounters {
    long total;
    long systemReserved;
    long allocatable;
    long reserved;
    long free;

    MemoryCounters(long total, long systemReserved, long allocatable, long reserved, long free) {
        this.total = total;
        this.systemReserved = systemReserved;
        this.allocatable = allocatable;
        this.reserved = reserved;
        this.free = free;
    }

    static MemoryCounters of(MemoryTable t) {
        return new MemoryCounters(
                t.total(), t.systemReserved(), t.allocatable(), t.reserved(), t.free());
    }

    MemoryTable toTable() {
        return new MemoryTable(total, systemReserved, allocatable, reserved, free);
    }

    MemoryCounters copy() {
        return new MemoryCounters(total, systemReserved, allocatable, reserved, free);
    }
}
