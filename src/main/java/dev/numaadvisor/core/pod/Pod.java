package dev.numaadvisor.core.pod;

import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.model.ResourceAmounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A v1 Pod as the managers see it. {@code uid} defaults to the name (checkpoint keys), as the
 * contract fixes. Init containers run first, in order; sidecars are init containers with
 * {@code restartPolicy: Always}. {@code overhead} is {@code spec.overhead} (the RuntimeClass's
 * pod overhead), empty when not given. Immutable: a class rather than a record only so that the
 * container list and the QoS class, asked for on every admission, are worked out once.
 */
public final class Pod {
    private final String name;
    private final String namespace;
    private final String uid;
    private final List<Container> initContainers;
    private final List<Container> containers;
    private final List<Container> all;
    private final Map<String, Quantity> overhead;
    private QosClass qos;
    /** {@link PodRequests#of}, worked out once (every admission asks) and shared by replicas. */
    private ResourceAmounts requests;

    public Pod(String name, String namespace, String uid, List<Container> initContainers,
               List<Container> containers) {
        this(name, namespace, uid, initContainers, containers, Map.of());
    }

    public Pod(String name, String namespace, String uid, List<Container> initContainers,
               List<Container> containers, Map<String, Quantity> overhead) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a pod needs metadata.name");
        }
        this.name = name;
        this.namespace = namespace == null || namespace.isEmpty() ? "default" : namespace;
        this.uid = uid == null || uid.isEmpty() ? name : uid;
        this.initContainers = List.copyOf(initContainers);
        this.containers = List.copyOf(containers);
        List<Container> both = new ArrayList<>(this.initContainers);
        both.addAll(this.containers);
        this.all = Collections.unmodifiableList(both);
        this.overhead = Collections.unmodifiableMap(new TreeMap<>(overhead));
    }

    private Pod(Pod template, String name, String uid) {
        this.name = name;
        this.namespace = template.namespace;
        this.uid = uid;
        this.initContainers = template.initContainers;
        this.containers = template.containers;
        this.all = template.all;
        this.overhead = template.overhead;
        this.qos = template.qos;
        this.requests = template.requests;
    }

    /** The same spec under another name and uid (a controller's replica): shares the worked-out parts. */
    public Pod replica(String name, String uid) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a pod needs metadata.name");
        }
        qosClass();
        PodRequests.of(this);
        return new Pod(this, name, uid == null || uid.isEmpty() ? name : uid);
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public String uid() {
        return uid;
    }

    public List<Container> initContainers() {
        return initContainers;
    }

    public List<Container> containers() {
        return containers;
    }

    public Map<String, Quantity> overhead() {
        return overhead;
    }

    /** Init containers then app containers: the order every manager visits them in. */
    public List<Container> allContainers() {
        return all;
    }

    public boolean isInit(Container c) {
        return initContainers.contains(c);
    }

    public Container container(String containerName) {
        for (int i = 0; i < all.size(); i++) { // indexed: asked on every admission, no iterator
            Container c = all.get(i);
            if (c.name().equals(containerName)) {
                return c;
            }
        }
        return null;
    }

    public QosClass qosClass() {
        // Racy but safe: every thread computes the same enum constant from immutable containers.
        QosClass q = qos;
        if (q == null) {
            q = QosCalculator.qosClass(this);
            qos = q;
        }
        return q;
    }

    /** The cached {@link PodRequests#of}, or null before it was first asked for. */
    ResourceAmounts cachedRequests() {
        return requests;
    }

    // Racy but safe, as qosClass(): every thread computes an equal immutable value.
    void cacheRequests(ResourceAmounts r) {
        requests = r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pod p && name.equals(p.name) && namespace.equals(p.namespace) && uid.equals(p.uid)
                && initContainers.equals(p.initContainers) && containers.equals(p.containers)
                && overhead.equals(p.overhead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, namespace, uid, initContainers, containers, overhead);
    }

    @Override
    public String toString() {
        return "Pod[name=" + name + ", namespace=" + namespace + ", uid=" + uid + ", initContainers="
                + initContainers + ", containers=" + containers
                + (overhead.isEmpty() ? "" : ", overhead=" + overhead) + "]";
    }
}
