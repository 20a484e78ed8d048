package dev.numaadvisor.core.device;

import dev.numaadvisor.core.model.Device;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which container holds which devices, and which devices init containers left for re-use. */
final class DeviceAllocations {
    private final Map<String, Map<String, Map<String, List<String>>>> byPod = new TreeMap<>();
    private final Map<String, Map<String, Set<String>>> reusable = new TreeMap<>();
    private final Set<String> used = new HashSet<>();

    DeviceAllocations copy() {
        DeviceAllocations c = new DeviceAllocations();
        byPod.forEach((pod, containers) -> containers.forEach((name, res) -> res.forEach((r, ids) ->
                c.byPod.computeIfAbsent(pod, k -> new TreeMap<>()).computeIfAbsent(name, k -> new TreeMap<>())
                        .put(r, new ArrayList<>(ids)))));
        reusable.forEach((pod, res) -> res.forEach((r, ids) ->
                c.reusable.computeIfAbsent(pod, k -> new TreeMap<>()).put(r, new TreeSet<>(ids))));
        c.used.addAll(used);
        return c;
    }

    Map<String, List<String>> of(String podUid, String container) {
        return byPod.getOrDefault(podUid, Map.of()).getOrDefault(container, Map.of());
    }

    List<String> ofPod(String podUid, String resource) {
        List<String> out = new ArrayList<>();
        byPod.getOrDefault(podUid, Map.of()).values().forEach(m -> out.addAll(m.getOrDefault(resource, List.of())));
        return out;
    }

    Set<String> reusable(String podUid, String resource) {
        return reusable.getOrDefault(podUid, Map.of()).getOrDefault(resource, Set.of());
    }

    boolean isUsed(Device d) {
        return used.contains(key(d.resource(), d.id()));
    }

    List<Device> free(List<Device> all) {
        List<Device> out = new ArrayList<>();
        for (Device d : all) {
            if (!isUsed(d)) {
                out.add(d);
            }
        }
        return out;
    }

    void assign(String podUid, String container, String resource, List<String> ids, boolean reusableAfter) {
        byPod.computeIfAbsent(podUid, k -> new TreeMap<>()).computeIfAbsent(container, k -> new TreeMap<>())
                .put(resource, List.copyOf(ids));
        Set<String> reuse = reusable.computeIfAbsent(podUid, k -> new TreeMap<>())
                .computeIfAbsent(resource, k -> new TreeSet<>());
        if (reusableAfter) {
            reuse.addAll(ids);
        } else {
            reuse.removeAll(ids);
        }
        ids.forEach(id -> used.add(key(resource, id)));
    }

    /** Frees a container's devices unless another container of the pod still holds them (re-use). */
    boolean remove(String podUid, String container) {
        Map<String, Map<String, List<String>>> pod = byPod.get(podUid);
        if (pod == null || !pod.containsKey(container)) {
            return false;
        }
        Map<String, List<String>> gone = pod.remove(container);
        gone.forEach((resource, ids) -> {
            for (String id : ids) {
                boolean stillHeld = pod.values().stream()
                        .anyMatch(m -> m.getOrDefault(resource, List.of()).contains(id));
                if (!stillHeld) {
                    used.remove(key(resource, id));
                    reusable.getOrDefault(podUid, Map.of()).getOrDefault(resource, new TreeSet<>()).remove(id);
                }
            }
        });
        if (pod.isEmpty()) {
            byPod.remove(podUid);
            reusable.remove(podUid);
        }
        return true;
    }

    private static String key(String resource, String id) {
        return resource + "\u0000" + id;
    }
}
