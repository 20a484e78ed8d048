package dev.numaadvisor.core.memory;

import static dev.numaadvisor.core.memory.MemoryManagerMessages.*;

import dev.numaadvisor.core.admission.AdmissionError;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;
import dev.numaadvisor.core.trace.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Policy {@code Static} ({@code policy_static.go}): Guaranteed pods get their memory and hugepages
 * pinned to NUMA nodes, with hints for the Topology Manager, the group rule, and init-container
 * re-use. Hints and allocation live here; the start-up checks in {@link MachineStateValidator}, the
 * mask search in {@link HintCalculator}.
 */
final class StaticMemoryPolicy implements MemoryPolicy {
    private final MemoryState defaults;
    private final InitContainerReuse reuse;
    private final HintBounds bounds;
    /** The machine's NUMA nodes: what decides listed or bounded hints. */
    private final int machineNumaNodes;

    StaticMemoryPolicy(
            MemoryState defaults, InitContainerReuse reuse, HintBounds bounds, int machineNumaNodes) {
        this.defaults = defaults;
        this.reuse = reuse;
        this.bounds = bounds;
        this.machineNumaNodes = machineNumaNodes;
    }

    @Override
    public String name() {
        return POLICY_STATIC;
    }

    @Override
    public MemoryPolicy copy() {
        return new StaticMemoryPolicy(defaults, reuse.copy(), bounds, machineNumaNodes);
    }

    @Override
    public String start(MemoryState state, boolean skipStateValidation, Trace trace) {
        if (!skipStateValidation) {
            return MachineStateValidator.validate(state, defaults, trace);
        }
        if (state.machine.isEmpty()) {
            defaults.machine.forEach((id, node) -> state.machine.put(id, node.copy()));
        }
        trace.add(
                "memory: harness skipStateValidation: the checkpoint's machine state is used as it"
                        + " is");
        return null;
    }

    @Override
    public ProviderHints containerHints(
            MemoryState state, Pod pod, Container container, Trace trace) {
        String who = "container " + container.name() + " of pod " + pod.name();
        if (!guaranteed(pod, who, trace)) {
            return ProviderHints.none();
        }
        TreeMap<String, Long> requested;
        try {
            requested = MemoryRequests.ofContainer(container);
        } catch (MemoryRequests.NotInt64 e) {
            return notWholeBytes(who, trace);
        }
        List<MemoryBlock> blocks = state.blocks(pod.uid(), container.name());
        if (blocks != null) {
            return regenerate(blocks, requested, who, trace);
        }
        return calculated(state, pod, requested, who, trace);
    }

    /** Pod scope: the pod's aggregate request; the first container with blocks regenerates. */
    @Override
    public ProviderHints podHints(MemoryState state, Pod pod, Trace trace) {
        String who = "pod " + pod.name();
        if (!guaranteed(pod, who, trace)) {
            return ProviderHints.none();
        }
        TreeMap<String, Long> requested;
        try {
            requested = MemoryRequests.ofPod(pod);
        } catch (MemoryRequests.NotInt64 e) {
            return notWholeBytes(who, trace);
        }
        if (trace.enabled()) {
            trace.add(
                    "memory: pod scope: "
                            + who
                            + " needs "
                            + MemoryRequests.describe(requested)
                            + " (the larger of its app containers plus sidecars and its largest init"
                            + " container)");
        }
        for (Container c : pod.allContainers()) {
            List<MemoryBlock> blocks = state.blocks(pod.uid(), c.name());
            if (blocks != null) {
                return regenerate(
                        blocks,
                        requested,
                        who + " (blocks of its container " + c.name() + ")",
                        trace);
            }
        }
        return calculated(state, pod, requested, who, trace);
    }

    private static boolean guaranteed(Pod pod, String who, Trace trace) {
        QosClass qos = pod.qosClass();
        if (qos != QosClass.Guaranteed) {
            trace.add(
                    "memory: pod "
                            + pod.name()
                            + " is "
                            + qos
                            + ", not Guaranteed: the Memory Manager has no "
                            + "preference for "
                            + who
                            + " and pins no memory");
            return false;
        }
        return true;
    }

    /*
     * regenerateHints: a container that already has blocks gets its own placement back as the
     * only, preferred hint per resource. Any disagreement between the blocks and the request
     * (another count, a type not requested, another size) gives nil = no preference.
     */
    private static ProviderHints regenerate(
            List<MemoryBlock> blocks, Map<String, Long> requested, String who, Trace trace) {
        Map<String, List<TopologyHint>> hints = new TreeMap<>();
        requested.keySet().forEach(r -> hints.put(r, new ArrayList<>()));
        String mismatch =
                blocks.size() != requested.size()
                        ? blocks.size() + " blocks for " + requested.size() + " requested resources"
                        : null;
        for (MemoryBlock b : blocks) {
            if (mismatch != null) {
                break;
            }
            if (!requested.containsKey(b.type())) {
                mismatch = "a block of " + b.type() + ", which is not requested";
            } else if (requested.get(b.type()) != b.size()) {
                mismatch =
                        b.type()
                                + " block of "
                                + KubeQuantityText.bytes(b.size())
                                + " but "
                                + KubeQuantityText.bytes(requested.get(b.type()))
                                + " requested";
            } else {
                hints.get(b.type()).add(new TopologyHint(InitContainerReuse.maskOf(b), true));
            }
        }
        if (mismatch != null) {
            trace.add(
                    "memory: "
                            + who
                            + " already has memory blocks that do not match its request ("
                            + mismatch
                            + "): no hints (no preference)");
            return ProviderHints.none();
        }
        trace.add(
                "memory: "
                        + who
                        + " already has memory blocks; their NUMA nodes come back as the only, "
                        + "preferred hints: "
                        + HintText.of(hints));
        return ProviderHints.of(hints);
    }

    private ProviderHints calculated(
            MemoryState state, Pod pod, Map<String, Long> requested, String who, Trace trace) {
        HintCalculator.Result result = calculate(state, pod, requested);
        HintText.traceCalculation(trace, who, requested, result, reuse.describe(pod.uid()));
        Map<String, HintRule> rules = new TreeMap<>();
        if (result.space() != null) {
            result.hints().keySet().forEach(
                    r -> rules.put(r, new HintRule(result.space(), result.summary(), bounds)));
        }
        return ProviderHints.of(result.hints(), rules);
    }

    private HintCalculator.Result calculate(
            MemoryState state, Pod pod, Map<String, Long> requested) {
        return HintCalculator.calculate(
                state, pod.uid(), requested, reuse, bounds, machineNumaNodes);
    }

    @Override
    public void allocate(
            MemoryState state, Pod pod, Container container, TopologyHint affinity, Trace trace)
            throws AdmissionError {
        String who = "container " + container.name() + " of pod " + pod.name();
        if (pod.qosClass() != QosClass.Guaranteed) {
            trace.add(
                    "memory: pod "
                            + pod.name()
                            + " is "
                            + pod.qosClass()
                            + ", not Guaranteed: no exclusive "
                            + "memory for "
                            + who);
            return;
        }
        List<MemoryBlock> existing = state.blocks(pod.uid(), container.name());
        if (existing != null) {
            reuse.update(pod, container, existing);
            trace.add(
                    "memory: "
                            + who
                            + " already has memory blocks in the state; nothing new is allocated");
            return;
        }
        TreeMap<String, Long> requested;
        try {
            requested = MemoryRequests.ofContainer(container);
        } catch (MemoryRequests.NotInt64 e) {
            throw fail(
                    trace,
                    who,
                    "a memory request is not a whole number of bytes",
                    QUANTITY_NOT_INT64);
        }
        TopologyHint chosen =
                AffinityChoice.choose(
                        state,
                        pod,
                        container,
                        requested,
                        affinity == null ? TopologyHint.ZERO : affinity,
                        () -> calculate(state, pod, requested),
                        trace);
        NumaMask mask = chosen.affinity();
        List<MemoryBlock> blocks = new ArrayList<>();
        List<String> reused = new ArrayList<>();
        for (Map.Entry<String, Long> r : requested.entrySet()) {
            blocks.add(new MemoryBlock(mask.ids(), r.getKey(), r.getValue()));
            long reusable = reuse.reusable(pod.uid(), mask, r.getKey());
            long effective =
                    Long.compareUnsigned(reusable, r.getValue()) >= 0 ? 0 : r.getValue() - reusable;
            if (effective != r.getValue()) {
                reused.add(r.getKey() + " " + KubeQuantityText.bytes(r.getValue() - effective));
            }
            reserve(state, mask.ids(), r.getKey(), effective);
        }
        reuse.update(pod, container, blocks);
        state.setBlocks(pod.uid(), container.name(), blocks);
        InitContainerReuse.shrinkInitBlocks(state, pod, container, blocks);
        HintText.traceAllocation(trace, who, requested, chosen, state, String.join(", ", reused));
    }

    /** updateMachineState: every node of the mask joins the group; bytes come lowest node first. */
    private static void reserve(
            MemoryState state, List<Integer> maskIds, String resource, long size) {
        long remaining = size;
        for (int id : maskIds) {
            NodeMemory node = state.machine.get(id);
            if (node == null) {
                continue;
            }
            node.numberOfAssignments++;
            node.cells = maskIds;
            MemoryCounters c = node.memoryMap.get(resource);
            if (c != null) {
                remaining = BlockAccounting.take(c, remaining);
            }
        }
    }

    static AdmissionError fail(Trace trace, String who, String why, String kubeletError) {
        trace.add("memory: allocation for " + who + " fails: " + why);
        return AdmissionError.unexpected(kubeletError);
    }

    /*
     * RemoveContainer: per block, per node of its mask, one assignment less (a node with none left
     * leaves its group: cells = [id]); the bytes go back to free node by node, limited by what
     * each node has reserved.
     */
    @Override
    public void removeContainer(
            MemoryState state, String podUid, String containerName, Trace trace) {
        List<MemoryBlock> blocks = state.blocks(podUid, containerName);
        if (blocks == null) {
            return;
        }
        state.delete(podUid, containerName);
        for (MemoryBlock b : blocks) {
            long released = b.size();
            for (int id : b.numaAffinity()) {
                NodeMemory node = state.machine.get(id);
                if (node == null) {
                    continue;
                }
                node.numberOfAssignments--;
                if (node.numberOfAssignments == 0) {
                    node.cells = List.of(id);
                }
                MemoryCounters c = node.memoryMap.get(b.type());
                if (c != null) {
                    released = BlockAccounting.give(c, released);
                }
            }
        }
        if (trace.enabled()) {
            trace.add(
                    "memory: container "
                            + containerName
                            + " of pod "
                            + podUid
                            + " removed; its "
                            + HintText.blocks(blocks)
                            + " go back to the free memory");
        }
    }

    /** The kubelet gives no hints for a request it cannot hold as an int64 of bytes. */
    private static ProviderHints notWholeBytes(String who, Trace trace) {
        trace.add("memory: " + who + " asks for memory that is not a whole number of bytes; "
                + "no hints (no preference)");
        return ProviderHints.none();
    }
}
