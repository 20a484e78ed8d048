package dev.numaadvisor.adapter.pod;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads v1 Pod manifests, workload pod templates and {@code kind: List}. Problems go to the
 * document's collector (unknown fields, bad quantities, duplicate container names), with positions.
 */
public final class PodReader {
    private final Map<String, SourcePosition> positions = new HashMap<>();

    private PodReader() {
    }

    /** True when the document is a Pod, a workload with a pod template, or a List of them. */
    public static boolean isPodLike(YNode doc) {
        if (!doc.isMap() || !doc.has("kind")) {
            return false;
        }
        String kind = doc.get("kind").scalarOrNull();
        return "Pod".equals(kind) || "List".equals(kind) || PodFields.WORKLOADS.contains(kind);
    }

    /** Every pod in the document: one for a Pod or workload, several for a List. */
    public static List<PodDocument> readAll(YNode doc) {
        List<PodDocument> out = new ArrayList<>();
        String kind = doc.has("kind") ? doc.get("kind").scalarOrNull() : null;
        if ("List".equals(kind)) {
            doc.allow("apiVersion", "metadata");
            YNode items = doc.require("items", "a List needs items");
            if (items != null) {
                for (YNode item : items.items()) {
                    if (isPodLike(item)) {
                        out.addAll(readAll(item));
                    } else {
                        item.allow(item.keys().toArray(new String[0]));
                    }
                }
            }
            doc.finish();
            return out;
        }
        if (kind != null && PodFields.WORKLOADS.contains(kind)) {
            out.add(readWorkload(doc, kind));
            return out;
        }
        out.add(read(doc));
        return out;
    }

    /** A single Pod manifest. */
    public static PodDocument read(YNode doc) {
        PodReader r = new PodReader();
        if (!doc.expectMap()) {
            return new PodDocument(new Pod("invalid", null, null, List.of(), List.of()), "Pod/?", doc.position(), Map.of());
        }
        String kind = doc.string("kind", "Pod");
        if (!"Pod".equals(kind)) {
            doc.get("kind").error(Problem.Kind.UNSUPPORTED, kind, "expected kind Pod", null);
        }
        String apiVersion = doc.string("apiVersion", "v1");
        if (!"v1".equals(apiVersion)) {
            doc.get("apiVersion").error(Problem.Kind.UNSUPPORTED, apiVersion, "expected apiVersion v1", null);
        }
        doc.allow("status");
        Pod pod = r.readPod(doc.require("metadata", "give the pod a metadata.name"), doc.require("spec",
                "a pod needs spec.containers"));
        doc.finish(PodFields.POD);
        return new PodDocument(pod, "Pod/" + pod.name(), doc.position(), r.positions);
    }

    private static PodDocument readWorkload(YNode doc, String kind) {
        PodReader r = new PodReader();
        doc.allow("apiVersion", "kind", "status");
        YNode meta = doc.get("metadata");
        String owner = meta != null && meta.has("name") ? meta.get("name").scalarOrNull() : "unnamed";
        if (meta != null) {
            meta.allow(meta.keys().toArray(new String[0]));
        }
        YNode spec = doc.require("spec", "a " + kind + " needs spec.template");
        YNode template = null;
        if (spec != null && spec.isMap()) {
            YNode holder = spec;
            if ("CronJob".equals(kind)) {
                YNode jt = spec.require("jobTemplate", "a CronJob needs spec.jobTemplate");
                holder = jt == null ? null : jt.require("spec", "jobTemplate needs spec");
                spec.allow(spec.keys().toArray(new String[0]));
                if (jt != null) {
                    jt.allow(jt.keys().toArray(new String[0]));
                }
            }
            if (holder != null) {
                template = holder.require("template", "a " + kind + " needs a pod template");
                holder.allow(holder.keys().toArray(new String[0]));
            }
        }
        Pod pod;
        if (template != null && template.expectMap()) {
            YNode tmeta = template.get("metadata");
            pod = r.readPodWithName(tmeta, template.require("spec", "a pod template needs spec"), owner);
            template.finish(List.of("metadata", "spec"));
        } else {
            pod = new Pod(owner, null, null, List.of(), List.of());
        }
        doc.finish(List.of("apiVersion", "kind", "metadata", "spec", "status"));
        return new PodDocument(pod, kind + "/" + owner, doc.position(), r.positions);
    }

    private Pod readPod(YNode meta, YNode spec) {
        return readPodWithName(meta, spec, null);
    }

    private Pod readPodWithName(YNode meta, YNode spec, String fallbackName) {
        String name = fallbackName;
        String namespace = null;
        String uid = null;
        if (meta != null && meta.expectMap()) {
            name = meta.string("name", fallbackName);
            namespace = meta.string("namespace", null);
            uid = meta.string("uid", null);
            String generateName = meta.string("generateName", null);
            if (name == null && generateName != null) {
                name = generateName + "x";
            }
            if (name == null) {
                meta.error(Problem.Kind.REQUIRED, null, "metadata.name is required", "add metadata.name");
            }
            meta.allow(PodFields.METADATA.toArray(new String[0]));
            meta.finish(PodFields.METADATA);
        }
        List<Container> init = new ArrayList<>();
        List<Container> app = new ArrayList<>();
        Map<String, Quantity> overhead = new TreeMap<>();
        if (spec != null && spec.expectMap()) {
            init = containers(spec.get("initContainers"), "initContainers", true);
            overhead = quantities(spec.get("overhead"), "overhead");
            YNode cs = spec.require("containers", "a pod needs at least one container");
            app = containers(cs, "containers", false);
            spec.allow(PodFields.SPEC.toArray(new String[0]));
            spec.finish(PodFields.SPEC);
            checkUniqueNames(spec, init, app);
        }
        return new Pod(name == null ? "unnamed" : name, namespace, uid, init, app, overhead);
    }

    private void checkUniqueNames(YNode spec, List<Container> init, List<Container> app) {
        Map<String, Integer> seen = new TreeMap<>();
        List<Container> all = new ArrayList<>(init);
        all.addAll(app);
        for (Container c : all) {
            if (seen.merge(c.name(), 1, Integer::sum) == 2) {
                spec.error(Problem.Kind.DUPLICATE, c.name(), "two containers are named \"" + c.name() + "\"",
                        "container names must be unique across init and app containers");
            }
        }
    }

    private List<Container> containers(YNode list, String field, boolean init) {
        List<Container> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        for (YNode c : list.items()) {
            if (!c.expectMap()) {
                continue;
            }
            String name = c.string("name", null);
            if (name == null) {
                c.error(Problem.Kind.REQUIRED, null, "a container needs a name", null);
                name = "unnamed";
            }
            String restart = c.string("restartPolicy", null);
            if (restart != null && !restart.equals("Always")) {
                c.get("restartPolicy").error(Problem.Kind.UNSUPPORTED, restart,
                        "a container's restartPolicy may only be Always", null);
            }
            if (restart != null && !init) {
                c.get("restartPolicy").error(Problem.Kind.INVALID, restart,
                        "restartPolicy is allowed on init containers only (sidecars)", null);
            }
            String prefix = field + "[" + name + "]";
            positions.put(prefix, c.position());
            Map<String, Quantity> requests = new TreeMap<>();
            Map<String, Quantity> limits = new TreeMap<>();
            YNode res = c.get("resources");
            if (res != null && !res.isNull() && res.expectMap()) {
                positions.put(prefix + ".resources", res.position());
                requests = quantities(res.get("requests"), prefix + ".resources.requests");
                limits = quantities(res.get("limits"), prefix + ".resources.limits");
                res.allow("claims");
                res.finish(PodFields.RESOURCES);
            }
            c.allow(PodFields.CONTAINER.toArray(new String[0]));
            c.finish(PodFields.CONTAINER);
            out.add(new Container(name, requests, limits, "Always".equals(restart) && init));
        }
        return out;
    }

    private Map<String, Quantity> quantities(YNode map, String path) {
        Map<String, Quantity> out = new TreeMap<>();
        if (map == null || map.isNull()) {
            return out;
        }
        positions.put(path, map.position());
        for (Map.Entry<String, YNode> e : map.entries().entrySet()) {
            positions.put(path + "." + e.getKey(), e.getValue().position());
            Quantity q = e.getValue().asQuantity();
            if (q != null) {
                out.put(e.getKey(), q);
            }
        }
        return out;
    }
}
