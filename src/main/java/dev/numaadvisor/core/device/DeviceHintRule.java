package dev.numaadvisor.core.device;

import dev.numaadvisor.core.hint.CapacityHintSpace;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.HintListing;
import dev.numaadvisor.core.hint.HintRule;
import dev.numaadvisor.core.hint.SearchBudget;
import dev.numaadvisor.core.hint.SumRule;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.NumaMask;
import java.util.List;
import java.util.Set;

/**
 * {@code generateDeviceTopologyHints} on a machine with too many NUMA nodes to list every mask: the
 * same decision per mask as the plain enumeration, held as a {@link CapacityHintSpace}. A mask is a
 * hint when it holds the NUMA node of every re-usable device that has one and, with those, enough
 * free devices; devices without a NUMA node never count. Preferred = the fewest nodes whose
 * devices (free or not) could cover the request.
 */
final class DeviceHintRule {
    /** The listed hints and the rule; an empty list (and no rule) when no mask qualifies. */
    record Result(List<TopologyHint> listed, HintRule rule) {
    }

    private DeviceHintRule() {
    }

    static Result of(String resource, List<Device> all, List<Device> available, Set<String> reusable,
                     long request, List<Integer> numaIds, HintBounds bounds) {
        long universe = NumaMask.of(numaIds).bits();
        long[] allByNuma = new long[NumaMask.MAX_NUMA_ID + 1];
        long[] freeByNuma = new long[NumaMask.MAX_NUMA_ID + 1];
        for (Device d : all) {
            if (inside(universe, d)) {
                allByNuma[d.numaNode()]++;
            }
        }
        for (Device d : available) {
            if (inside(universe, d)) {
                freeByNuma[d.numaNode()]++;
            }
        }
        // A re-usable device counts once, wherever it is, but only inside masks holding its node;
        // a node outside the machine can be in no mask, so then nothing qualifies.
        long required = 0;
        long reused = 0;
        boolean outside = false;
        for (Device d : all) {
            if (reusable.contains(d.id()) && d.numaNode() != null) {
                reused++;
                if (inside(universe, d)) {
                    required |= 1L << d.numaNode();
                } else {
                    outside = true;
                }
            }
        }
        int minAffinity = SumRule.of(allByNuma, request).minWidth(universe);
        minAffinity = minAffinity < 0 ? numaIds.size() : minAffinity;
        CapacityHintSpace space = new CapacityHintSpace(universe, required,
                SumRule.of(freeByNuma, Math.max(0, request - reused)), minAffinity, null);
        if (outside || !space.hasHints()) {
            return new Result(List.of(), null);
        }
        SearchBudget budget = bounds.budget("listing the " + resource + " hints", numaIds.size());
        HintListing.Listing listing = HintListing.describe(space, numaIds.size(),
                "hold " + request + " free " + resource, budget);
        return new Result(listing.hints(), new HintRule(space, listing.summary(), bounds));
    }

    /** The device reports a NUMA node of the machine. */
    private static boolean inside(long universe, Device d) {
        return d.numaNode() != null && new NumaMask(universe).isSet(d.numaNode());
    }
}
