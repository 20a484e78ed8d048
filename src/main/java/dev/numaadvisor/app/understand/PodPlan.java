package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A pod resolved from what was said: named, with each container's requests and limits as the kubelet will see them. */
public record PodPlan(String name, List<Container> containers) {
    /** One app container. */
    public record Container(String name, Map<String, Quantity> requests, Map<String, Quantity> limits) {
        public Container {
            requests = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requests));
            limits = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(limits));
        }
    }

    public PodPlan {
        containers = List.copyOf(containers);
    }
}
