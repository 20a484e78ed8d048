package dev.numaadvisor.core.device;

import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code devicesToAllocate}: re-usable devices first, then free devices inside the hint's NUMA
 * nodes, outside them, and without topology. Lowest ids first within a group.
 */
final class DevicePicker {
    private DevicePicker() {
    }

    static List<String> pick(List<Device> all, DeviceAllocations allocations, String podUid, String resource,
                             int needed, TopologyHint hint, Trace trace) {
        List<String> picked = new ArrayList<>();
        Set<String> reusable = allocations.reusable(podUid, resource);
        for (Device d : all) {
            if (picked.size() < needed && reusable.contains(d.id())) {
                picked.add(d.id());
            }
        }
        if (!picked.isEmpty()) {
            trace.add("device: re-using " + String.join(",", picked) + " left by an init container");
        }
        List<Device> inside = new ArrayList<>();
        List<Device> outside = new ArrayList<>();
        List<Device> none = new ArrayList<>();
        for (Device d : allocations.free(all)) {
            if (reusable.contains(d.id())) {
                continue;
            }
            if (d.numaNode() == null) {
                none.add(d);
            } else if (hint.affinity() == null || hint.affinity().isSet(d.numaNode())) {
                inside.add(d);
            } else {
                outside.add(d);
            }
        }
        int before = picked.size();
        takeFrom(inside, picked, needed);
        if (picked.size() - before > 0 && inside.size() > picked.size() - before) {
            trace.add("device: " + inside.size() + " free " + resource + " devices are equally placed; the "
                    + "kubelet picks any of them, the simulator takes the lowest ids");
        }
        takeFrom(outside, picked, needed);
        takeFrom(none, picked, needed);
        return picked;
    }

    private static void takeFrom(List<Device> group, List<String> picked, int needed) {
        for (Device d : group) {
            if (picked.size() >= needed) {
                return;
            }
            picked.add(d.id());
        }
    }
}
