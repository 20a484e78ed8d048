package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.model.NumaMask;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Memory that a pod's finished init containers leave for its later containers ({@code
 * initContainersReusableMemory}): per pod, per exact NUMA mask, per resource. Kept for one pod at a
 * time, in memory only (never checkpointed), as the kubelet does.
 */
final class InitContainerReuse {
    private static final Comparator<NumaMask> BY_BITS = Comparator.comparingLong(NumaMask::bits);

    private final TreeMap<String, TreeMap<NumaMask, TreeMap<String, Long>>> byPod = new TreeMap<>();

    InitContainerReuse copy() {
        InitContainerReuse c = new InitContainerReuse();
        byPod.forEach(
                (pod, masks) -> {
                    TreeMap<NumaMask, TreeMap<String, Long>> m = new TreeMap<>(BY_BITS);
                    masks.forEach((mask, perResource) -> m.put(mask, new TreeMap<>(perResource)));
                    c.byPod.put(pod, m);
                });
        return c;
    }

    /** Bytes of {@code resource} the pod's init containers left on exactly {@code mask}. */
    long reusable(String podUid, NumaMask mask, String resource) {
        TreeMap<NumaMask, TreeMap<String, Long>> masks = byPod.get(podUid);
        if (masks == null || !masks.containsKey(mask)) {
            return 0;
        }
        return masks.get(mask).getOrDefault(resource, 0L);
    }

    /** Per exact mask (as bits), the bytes of {@code resource} the pod's init containers left. */
    Map<Long, Long> masksOf(String podUid, String resource) {
        Map<Long, Long> out = new TreeMap<>();
        TreeMap<NumaMask, TreeMap<String, Long>> masks = byPod.get(podUid);
        if (masks != null) {
            masks.forEach((mask, perResource) -> {
                Long left = perResource.get(resource);
                if (left != null) {
                    out.put(mask.bits(), left);
                }
            });
        }
        return out;
    }

    /*
     * updatePodReusableMemory, case by case:
     * - other pods' entries are dropped first (one pod at a time);
     * - a regular init container raises the re-usable amount of its mask/resource to its block
     *   size when larger (init containers run one after another, so the largest one counts);
     * - an app container or a sidecar consumes re-usable memory: the amount drops by its block
     *   size, to 0 at least; sidecars never add to it because they keep running.
     */
    void update(Pod pod, Container container, List<MemoryBlock> blocks) {
        String uid = pod.uid();
        byPod.keySet().removeIf(other -> !other.equals(uid));
        if (isRegularInitContainer(pod, container)) {
            TreeMap<NumaMask, TreeMap<String, Long>> masks =
                    byPod.computeIfAbsent(uid, k -> new TreeMap<>(BY_BITS));
            for (MemoryBlock b : blocks) {
                TreeMap<String, Long> perResource =
                        masks.computeIfAbsent(maskOf(b), k -> new TreeMap<>());
                long current = perResource.getOrDefault(b.type(), 0L);
                if (Long.compareUnsigned(b.size(), current) > 0) {
                    perResource.put(b.type(), b.size());
                }
            }
            return;
        }
        for (MemoryBlock b : blocks) {
            NumaMask mask = maskOf(b);
            long current = reusable(uid, mask, b.type());
            if (current != 0) {
                long left = Long.compareUnsigned(b.size(), current) >= 0 ? 0 : current - b.size();
                byPod.get(uid).get(mask).put(b.type(), left);
            }
        }
    }

    /*
     * updateInitContainersMemoryBlocks: make the recorded sizes add up to what is reserved. For
     * each new block, walk the pod's init containers before this container; skip sidecars (their
     * memory is never re-used) and stop early once the block is accounted for. Blocks of the same
     * type and exact mask give up as much of their size as the new block re-used.
     */
    static void shrinkInitBlocks(
            MemoryState state, Pod pod, Container container, List<MemoryBlock> blocks) {
        for (MemoryBlock block : blocks) {
            long remaining = block.size();
            for (Container init : pod.initContainers()) {
                if (init.name().equals(container.name()) || remaining == 0) {
                    break;
                }
                if (init.restartPolicyAlways()) {
                    continue;
                }
                List<MemoryBlock> initBlocks = state.blocks(pod.uid(), init.name());
                if (initBlocks == null || initBlocks.isEmpty()) {
                    continue;
                }
                List<MemoryBlock> updated = new ArrayList<>(initBlocks);
                for (int i = 0; i < updated.size(); i++) {
                    MemoryBlock ib = updated.get(i);
                    if (ib.size() == 0
                            || !ib.type().equals(block.type())
                            || !maskOf(ib).equals(maskOf(block))) {
                        continue;
                    }
                    if (Long.compareUnsigned(ib.size(), remaining) > 0) {
                        updated.set(i, ib.withSize(ib.size() - remaining));
                        remaining = 0;
                    } else {
                        remaining -= ib.size();
                        updated.set(i, ib.withSize(0));
                    }
                }
                state.setBlocks(pod.uid(), init.name(), updated);
            }
        }
    }

    static boolean isRegularInitContainer(Pod pod, Container container) {
        for (Container init : pod.initContainers()) {
            if (init.name().equals(container.name())) {
                return !init.restartPolicyAlways();
            }
        }
        return false;
    }

    static NumaMask maskOf(MemoryBlock b) {
        return NumaMask.of(b.numaAffinity());
    }

    /** For trace lines: "[0]: memory 1Gi" per mask with something left. */
    String describe(String podUid) {
        TreeMap<NumaMask, TreeMap<String, Long>> masks = byPod.get(podUid);
        if (masks == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<NumaMask, TreeMap<String, Long>> e : masks.entrySet()) {
            e.getValue()
                    .forEach(
                            (r, v) -> {
                                if (v != 0) {
                                    parts.add(
                                            r
                                                    + " "
                                                    + KubeQuantityText.bytes(v)
                                                    + " on "
                                                    + e.getKey());
                                }
                            });
        }
        return String.join(", ", parts);
    }
}
