package dev.numaadvisor.core.memory;

/**
 * How a block's bytes move between {@code free} and {@code reserved} on one node, shared by
 * Allocate, RemoveContainer and the start-up replay so all three fill and drain nodes alike.
 */
final class BlockAccounting {
    private BlockAccounting() {}

    /*
     * Reserve on one node of the block's mask (nodes are walked in mask order):
     * - nothing left to reserve, or nothing free here: move on;
     * - enough free here: take all of it from this node;
     * - otherwise take what this node has and carry the rest to the next node.
     * Returns what is still to be reserved.
     */
    static long take(MemoryCounters c, long requested) {
        if (requested == 0 || c.free == 0) {
            return requested;
        }
        if (Long.compareUnsigned(c.free, requested) >= 0) {
            c.reserved += requested;
            c.free -= requested;
            return 0;
        }
        long rest = requested - c.free;
        c.reserved += c.free;
        c.free = 0;
        return rest;
    }

    /*
     * Release on one node (RemoveContainer), limited by what the node has reserved:
     * - nothing left to release, or nothing reserved here: move on;
     * - less reserved than to release: give all of it back, carry the rest;
     * - otherwise give back the rest here.
     */
    static long give(MemoryCounters c, long released) {
        if (released == 0 || c.reserved == 0) {
            return released;
        }
        if (Long.compareUnsigned(c.reserved, released) < 0) {
            long rest = released - c.reserved;
            c.free += c.reserved;
            c.reserved = 0;
            return rest;
        }
        c.free += released;
        c.reserved -= released;
        return 0;
    }
}
