package dev.numaadvisor.core.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One round (one combination size k) of the combination search in {@code
 * takeByTopologyNUMADistributed}: scores each combination of NUMA nodes by how balanced the free
 * CPUs per node would be afterwards and keeps the best, by reference, as the kubelet does.
 */
final class DistributionSearch {
    private final CpuAccumulator acc;
    private final List<Integer> numas;
    private final int numCpus;
    private final int g;
    private final boolean alignBySocket;

    private double bestBalance = Double.MAX_VALUE;
    private GoCombinations.Slice bestCombo;
    private GoCombinations.Slice bestRemainder;
    private boolean bestInOneSocket;
    private List<Integer> comboWhenChosen;
    private List<Integer> remainderWhenChosen;

    DistributionSearch(
            CpuAccumulator acc, List<Integer> numas, int numCpus, int g, boolean alignBySocket) {
        this.acc = acc;
        this.numas = numas;
        this.numCpus = numCpus;
        this.g = g;
        this.alignBySocket = alignBySocket;
    }

    GoCombinations.Slice bestCombo() {
        return bestCombo;
    }

    GoCombinations.Slice bestRemainder() {
        return bestRemainder;
    }

    /*
     * One combination (returns true to stop the iteration, the kubelet's Break):
     *   - a balance of exactly 0 was already found (with align-by-socket: also within one
     *     socket) -> stop;
     *   - the combination's free CPUs < count, or its whole groups cannot hold count -> skip;
     *   - distribution = floor(count / k / g) * g (align-by-socket: capped at each member's
     *     whole-group free count); a member with fewer free CPUs -> skip;
     *   - after[n] = free CPUs of every available node, minus distribution for members;
     *     remainder = count - distribution * k;
     *   - remainder 0: balance = stddev(after); else the best subset of members that can still
     *     take a group, tried from the largest size down (RemainderSearch);
     *   - keep it if strictly better (align-by-socket: a one-socket combination beats any
     *     cross-socket one).
     */
    boolean consider(GoCombinations.Slice combo) {
        if (bestBalance == 0 && (!alignBySocket || bestInOneSocket)) {
            return true;
        }
        List<Integer> members = combo.read();
        int[] ids = CpuDetails.array(members);
        if (acc.details().cpusInNumaNodes(ids).size() < numCpus) {
            return false;
        }
        int groups = 0;
        for (int numa : members) {
            groups += acc.details().cpusInNumaNodes(numa).size() / g;
        }
        if (groups * g < numCpus) {
            return false;
        }
        int distribution = numCpus / members.size() / g * g;
        if (alignBySocket) {
            for (int numa : members) {
                distribution =
                        Math.min(distribution, acc.details().cpusInNumaNodes(numa).size() / g * g);
            }
        }
        for (int numa : members) {
            if (acc.details().cpusInNumaNodes(numa).size() < distribution) {
                return false;
            }
        }
        Map<Integer, Integer> after = new TreeMap<>();
        for (int numa : numas) {
            after.put(numa, acc.details().cpusInNumaNodes(numa).size());
        }
        for (int numa : members) {
            after.merge(numa, -distribution, Integer::sum);
        }
        int remainder = numCpus - distribution * members.size();
        RemainderSearch local = new RemainderSearch(after, remainder, g);
        if (remainder == 0) {
            local.balance = NumaDistributedAssignment.standardDeviation(after);
        } else {
            local.search(members);
        }
        keepIfBetter(combo, local);
        return false;
    }

    private void keepIfBetter(GoCombinations.Slice combo, RemainderSearch local) {
        boolean inOneSocket =
                alignBySocket
                        && acc.topo()
                                        .details()
                                        .socketsInNumaNodes(CpuDetails.array(combo.read()))
                                        .size()
                                == 1;
        boolean better = local.balance < bestBalance;
        if (alignBySocket && inOneSocket != bestInOneSocket) {
            better = inOneSocket;
        }
        if (better) {
            bestBalance = local.balance;
            bestRemainder = local.best;
            bestCombo = combo;
            comboWhenChosen = combo.read();
            remainderWhenChosen = local.best == null ? null : local.best.read();
            if (alignBySocket) {
                bestInOneSocket = inOneSocket;
            }
        }
    }

    /** Trace lines about the choice, including the slice-aliasing quirk when it bit. */
    void noteChoice(List<Integer> comboNow) {
        acc.note(
                "distribute-cpus-across-numa: NUMA nodes "
                        + CpuWords.numas(comboWhenChosen)
                        + " share the "
                        + CpuWords.cpus(numCpus)
                        + " most evenly (balance score "
                        + bestBalance
                        + ", the standard deviation of the free CPUs left per node)");
        if (!comboNow.equals(comboWhenChosen)) {
            acc.note(
                    "kubelet quirk: the kubelet keeps its best combination by reference and later"
                        + " combinations overwrite it (Go slice reuse in"
                        + " takeByTopologyNUMADistributed), so it actually allocates from NUMA"
                        + " nodes "
                            + CpuWords.numas(comboNow)
                            + " instead of "
                            + CpuWords.numas(comboWhenChosen)
                            + "; this is a known defect, not intended placement");
        }
        if (remainderWhenChosen != null && !remainderWhenChosen.equals(bestRemainder.read())) {
            acc.note(
                    "kubelet quirk: the remainder set "
                            + CpuWords.numas(remainderWhenChosen)
                            + " was overwritten the same way and becomes "
                            + CpuWords.numas(bestRemainder.read()));
        }
    }

    /** The inner search: which subset of the combination takes the remainder groups. */
    private static final class RemainderSearch {
        private final Map<Integer, Integer> after;
        private final int remainder;
        private final int g;
        double balance = Double.MAX_VALUE;
        GoCombinations.Slice best;

        RemainderSearch(Map<Integer, Integer> after, int remainder, int g) {
            this.after = after;
            this.remainder = remainder;
            this.g = g;
        }

        /*
         * Candidates = members with at least g free after the even share. For j = |candidates|
         * down to 1, each j-subset whose free sum covers the remainder hands out g CPUs
         * round-robin (skipping nodes below g); the strictly smallest resulting stddev wins.
         */
        void search(List<Integer> members) {
            List<Integer> candidates = new ArrayList<>();
            for (int numa : members) {
                if (after.get(numa) >= g) {
                    candidates.add(numa);
                }
            }
            for (int j = candidates.size(); remainder > 0 && j >= 1; j--) {
                GoCombinations.iterate(candidates, j, this::trySubset);
            }
        }

        private boolean trySubset(GoCombinations.Slice subset) {
            List<Integer> nodes = subset.read();
            Map<Integer, Integer> left = NumaDistributedAssignment.copy(after);
            int sum = 0;
            for (int numa : nodes) {
                sum += left.get(numa);
            }
            if (sum < remainder) {
                return false;
            }
            int rem = remainder;
            while (rem > 0) {
                int before = rem;
                for (int numa : nodes) {
                    if (rem == 0) {
                        break;
                    }
                    if (left.get(numa) < g) {
                        continue;
                    }
                    left.merge(numa, -g, Integer::sum);
                    rem -= g;
                }
                if (rem == before) {
                    return false; // the kubelet would spin here forever; treat the subset as
                                  // unusable
                }
            }
            double b = NumaDistributedAssignment.standardDeviation(left);
            if (b < balance) {
                balance = b;
                best = subset;
            }
            return false;
        }
    }
}
