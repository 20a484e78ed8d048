package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.model.Machine;

/** One kind of node in the pool and how many of it there are. */
public record NodeShape(String name, Machine machine, int count) {
    public NodeShape {
        if (count < 0) {
            throw new IllegalArgumentException("node count must not be negative: " + count);
        }
    }
}
