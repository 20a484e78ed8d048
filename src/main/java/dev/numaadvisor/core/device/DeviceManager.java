package dev.numaadvisor.core.device;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintProvider;
import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.NumaSubsets;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.PodRequests;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kubelet's device manager as a hint provider: hints from device NUMA affinity
 * ({@code generateDeviceTopologyHints}) and allocation inside the chosen affinity first.
 * Devices are all healthy; where the kubelet picks from an unordered set, the lowest ids win.
 */
public final class DeviceManager implements HintProvider {
    private final Machine machine;
    private final List<Integer> numaIds;
    private final DeviceAllocations allocations;
    private final HintBounds bounds;

    public DeviceManager(Machine machine) {
        this(machine, HintBounds.DEFAULT);
    }

    /** With explicit hint bounds (tests force the bounded hints on small machines). */
    public DeviceManager(Machine machine, HintBounds bounds) {
        this(machine, new DeviceAllocations(), bounds);
    }

    private DeviceManager(Machine machine, DeviceAllocations allocations, HintBounds bounds) {
        this.machine = machine;
        this.numaIds = machine.numaNodeIds();
        this.allocations = allocations;
        this.bounds = bounds;
    }

    public DeviceManager copy() {
        return new DeviceManager(machine, allocations.copy(), bounds);
    }

    @Override
    public String name() {
        return "device";
    }

    /** A resource is a device-plugin resource when the machine has devices of it. */
    public boolean isDeviceResource(String resource) {
        return !machine.devicesOf(resource).isEmpty();
    }

    /** Device resources the container asks for, sorted. */
    public Set<String> requestedResources(Container c) {
        Set<String> out = new TreeSet<>();
        c.limits().forEach((name, q) -> {
            if (isDeviceResource(name) && q.value() > 0) {
                out.add(name);
            }
        });
        return out;
    }

    /** Devices held by a container per resource; empty when none. */
    public Map<String, List<String>> assigned(String podUid, String container) {
        return allocations.of(podUid, container);
    }

    @Override
    public ProviderHints containerHints(Pod pod, Container container, Trace trace) {
        if (machine.devices().isEmpty()) {
            return ProviderHints.none(); // what the loop below gives, without its maps and sets
        }
        Map<String, List<TopologyHint>> out = new TreeMap<>();
        Map<String, HintRule> rules = new TreeMap<>();
        for (String resource : requestedResources(container)) {
            long request = PodRequests.limitValue(container, resource);
            List<String> already = allocations.of(pod.uid(), container.name()).get(resource);
            Set<String> reusable = allocations.reusable(pod.uid(), resource);
            out.put(resource, hintsFor(resource, request, already, reusable, rules, trace));
        }
        return ProviderHints.of(out, rules);
    }

    @Override
    public ProviderHints podHints(Pod pod, Trace trace) {
        Map<String, List<TopologyHint>> out = new TreeMap<>();
        Map<String, HintRule> rules = new TreeMap<>();
        Set<String> resources = new TreeSet<>();
        pod.allContainers().forEach(c -> resources.addAll(requestedResources(c)));
        for (String resource : resources) {
            long request = PodRequests.aggregate(pod, c -> PodRequests.limitValue(c, resource));
            List<String> already = allocations.ofPod(pod.uid(), resource);
            out.put(resource, hintsFor(resource, request, already.isEmpty() ? null : already, Set.of(), rules,
                    trace));
        }
        return ProviderHints.of(out, rules);
    }

    /** The resource's hints; puts a rule in {@code rules} when they are not all listed. */
    private List<TopologyHint> hintsFor(String resource, long request, List<String> already,
                                        Set<String> reusable, Map<String, HintRule> rules, Trace trace) {
        List<Device> all = machine.devicesOf(resource);
        if (all.stream().allMatch(d -> d.numaNode() == null)) {
            trace.add("device: no " + resource + " device reports a NUMA node → no preference");
            return null;
        }
        if (already != null) {
            if (already.size() != request) {
                trace.add("device: " + already.size() + " " + resource + " already allocated but " + request
                        + " requested → cannot satisfy (empty hint list)");
                return List.of();
            }
            trace.add("device: " + resource + " already allocated (" + String.join(",", already)
                    + ") → hints regenerated from those devices");
            return generate(resource, all, devicesById(all, already), Set.of(), request, rules, trace);
        }
        List<Device> free = allocations.free(all);
        if (free.size() + reusable.size() < request) {
            trace.add("device: " + request + " " + resource + " requested but only " + free.size()
                    + " free → cannot satisfy (empty hint list)");
            return List.of();
        }
        List<TopologyHint> hints = generate(resource, all, free, reusable, request, rules, trace);
        if (trace.enabled()) {
            trace.add("device: " + resource + " x" + request + " → " + describe(hints));
        }
        return hints;
    }

    /** Every hint on machines up to the plain bound; above, the first ones and a rule. */
    private List<TopologyHint> generate(String resource, List<Device> all, List<Device> available,
                                        Set<String> reusable, long request, Map<String, HintRule> rules,
                                        Trace trace) {
        if (bounds.listsAll(numaIds.size())) {
            return generate(all, available, reusable, request);
        }
        DeviceHintRule.Result r = DeviceHintRule.of(resource, all, available, reusable, request, numaIds, bounds);
        if (r.rule() != null) {
            rules.put(resource, r.rule());
            trace.add("device: " + resource + ": " + r.rule().summary());
        }
        return r.listed();
    }

    private static List<Device> devicesById(List<Device> all, List<String> ids) {
        List<Device> out = new ArrayList<>();
        for (Device d : all) {
            if (ids.contains(d.id())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * generateDeviceTopologyHints: a subset is a hint when the reusable and free devices inside it
     * cover the request; preferred iff its size equals the smallest subset whose devices in total
     * (free or not) could cover the request.
     */
    private List<TopologyHint> generate(List<Device> all, List<Device> available, Set<String> reusable,
                                        long request) {
        int[] minAffinity = {numaIds.size()};
        List<NumaMask> masks = new ArrayList<>();
        NumaSubsets.forEach(numaIds, mask -> {
            long inMask = all.stream().filter(d -> d.numaNode() != null && mask.isSet(d.numaNode())).count();
            if (inMask >= request && mask.count() < minAffinity[0]) {
                minAffinity[0] = mask.count();
            }
            long matching = 0;
            for (Device d : all) {
                if (!reusable.contains(d.id()) || d.numaNode() == null) {
                    continue;
                }
                if (!mask.isSet(d.numaNode())) {
                    return;
                }
                matching++;
            }
            matching += available.stream().filter(d -> d.numaNode() != null && mask.isSet(d.numaNode())).count();
            if (matching >= request) {
                masks.add(mask);
            }
        });
        List<TopologyHint> hints = new ArrayList<>();
        for (NumaMask m : masks) {
            hints.add(new TopologyHint(m, m.count() == minAffinity[0]));
        }
        return hints;
    }

    static String describe(List<TopologyHint> hints) {
        if (hints == null) {
            return "no preference";
        }
        if (hints.isEmpty()) {
            return "no NUMA placement can satisfy it";
        }
        StringBuilder sb = new StringBuilder();
        for (TopologyHint h : hints) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(h.affinity()).append(h.preferred() ? " preferred" : " not preferred");
        }
        return sb.toString();
    }

    @Override
    public void allocate(Pod pod, Container container, TopologyHint affinity, Trace trace) throws AdmissionError {
        if (machine.devices().isEmpty()) {
            return; // no device resource to request: the loop below would not run
        }
        for (String resource : requestedResources(container)) {
            if (allocations.of(pod.uid(), container.name()).containsKey(resource)) {
                continue;
            }
            int needed = (int) PodRequests.limitValue(container, resource);
            List<String> picked = DevicePicker.pick(machine.devicesOf(resource), allocations, pod.uid(),
                    resource, needed, affinity, trace);
            if (picked.size() < needed) {
                throw AdmissionError.unexpected("requested number of devices unavailable for " + resource
                        + ". Requested: " + needed + ", Available: " + picked.size());
            }
            boolean reusableAfter = pod.isInit(container) && !container.restartPolicyAlways();
            allocations.assign(pod.uid(), container.name(), resource, picked, reusableAfter);
            if (trace.enabled()) {
                trace.add("device: " + container.name() + " gets " + resource + " " + String.join(",", picked));
            }
        }
    }

    @Override
    public void removeContainer(String podUid, String containerName, Trace trace) {
        if (allocations.remove(podUid, containerName)) {
            trace.add("device: released the devices of " + podUid + "/" + containerName);
        }
    }
}
