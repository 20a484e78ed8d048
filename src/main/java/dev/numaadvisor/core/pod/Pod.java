package dev.numaadvisor.core.pod;

import java.util.ArrayList;
import java.util.List;

/**
 * A v1 Pod as the managers see it. {@code uid} defaults to the name (checkpoint keys), as the
 * contract fixes. Init containers run first, in order; sidecars are init containers with
 * {@code restartPolicy: Always}.
 */
public record Pod(String name, String namespace, String uid, List<Container> initContainers,
                  List<Container> containers) {
    public Pod {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a pod needs metadata.name");
        }
        namespace = namespace == null || namespace.isEmpty() ? "default" : namespace;
        uid = uid == null || uid.isEmpty() ? name : uid;
        initContainers = List.copyOf(initContainers);
        containers = List.copyOf(containers);
    }

    /** Init containers then app containers: the order every manager visits them in. */
    public List<Container> allContainers() {
        List<Container> all = new ArrayList<>(initContainers);
        all.addAll(containers);
        return all;
    }

    public boolean isInit(Container c) {
        return initContainers.contains(c);
    }

    public Container container(String containerName) {
        for (Container c : allContainers()) {
            if (c.name().equals(containerName)) {
                return c;
            }
        }
        return null;
    }

    public QosClass qosClass() {
        return QosCalculator.qosClass(this);
    }
}
