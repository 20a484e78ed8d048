package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Quantity;

/**
 * One resource of one NodeResourceTopology zone: capacity, allocatable and available (what
 * Guaranteed pods do not hold). Any of the three may be null when the exporter omits it.
 */
public record ZoneResource(int numaNode, String resource, Quantity capacity, Quantity allocatable,
                           Quantity available, String source) {
    /** allocatable − available: what running Guaranteed pods hold, or null when unknown. */
    public Quantity inUse() {
        if (allocatable == null || available == null) {
            return null;
        }
        return new Quantity(allocatable.amount().subtract(available.amount()),
                allocatable.amount().subtract(available.amount()).toPlainString());
    }
}
