package dev.numaadvisor.app.understand;

import java.util.List;

/** One pod as described: name when given, the QoS class when named, its containers, how many copies. */
public record StatedPod(String name, String qos, List<StatedContainer> containers, int copies) {
    public StatedPod {
        containers = List.copyOf(containers);
        if (copies < 1) {
            throw new IllegalArgumentException("a pod count must be at least 1");
        }
    }

    /** True when nothing about resources was said (only "a pod"). */
    public boolean isEmpty() {
        return containers.stream().allMatch(StatedContainer::isEmpty);
    }
}
