package dev.numaadvisor.core.fleet;

/**
 * A model of kube-scheduler for one pod at a time. NodeResourcesFit sees only node totals
 * (the kubelet's own {@code ResourceFit}: pods, cpu, memory, hugepages and extended resources
 * against allocatable) — it cannot see that the free CPUs are split across NUMA nodes, which is why the kubelet may then
 * reject what it placed. A {@link NumaFilter} adds the NodeResourceTopology plugin's filter.
 * Scores are NodeResourcesFit's with cpu and memory weighted 1; ties go to the first node found
 * (the real scheduler breaks ties at random). On 100 nodes or more, like the real one, it stops
 * looking once {@link #feasibleNodesToFind} nodes pass, scores only those, and starts the next
 * search after the last node it looked at.
 */
public final class KubeScheduler {
    /** kube-scheduler's floor: below this many nodes, or when fewer are feasible, it checks every node. */
    static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    private static final int MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;
    private static final int BASE_PERCENTAGE_OF_NODES_TO_SCORE = 50;

    private final Scoring scoring;
    private final NumaFilter numaFilter;
    private final int percentageOfNodesToScore;
    /** Where the next search starts: the real scheduler moves it past the nodes it looked at. */
    private int nextStartNodeIndex;

    KubeScheduler(Scoring scoring, NumaFilter numaFilter, int percentageOfNodesToScore) {
        this.scoring = scoring;
        this.numaFilter = numaFilter;
        this.percentageOfNodesToScore = percentageOfNodesToScore;
    }

    /**
     * How many feasible nodes end the search ({@code numFeasibleNodesToFind}): all of a pool under
     * 100 nodes; otherwise the set percentage, or when 0 the adaptive 50% - 1% per 125 nodes
     * (at least 5%), and never fewer than 100.
     */
    static int feasibleNodesToFind(int percentageOfNodesToScore, int allNodes) {
        if (allNodes < MIN_FEASIBLE_NODES_TO_FIND) {
            return allNodes;
        }
        int percentage = percentageOfNodesToScore;
        if (percentage == 0) {
            percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND,
                    BASE_PERCENTAGE_OF_NODES_TO_SCORE - allNodes / 125);
        }
        int nodes = (int) ((long) allNodes * Math.min(percentage, 100) / 100);
        return Math.max(nodes, MIN_FEASIBLE_NODES_TO_FIND);
    }

    /**
     * Slot of the chosen node, or -1 when no node passes the filters (the pod stays pending). The
     * search starts where the last one stopped and ends once enough feasible nodes are found, as
     * kube-scheduler's does; only those are scored.
     */
    int pick(Pool pool, PodDemand pod) {
        int n = pool.size();
        if (n == 0) {
            return -1;
        }
        Search search = new Search(feasibleNodesToFind(percentageOfNodesToScore, n));
        int start = nextStartNodeIndex;
        // The search wraps around the pool: from the start to the end, then from 0 up to the start.
        int processed = scan(pool, pod, start, n, search) - start;
        if (search.found < search.wanted) {
            processed += scan(pool, pod, 0, start, search);
        }
        nextStartNodeIndex = (start + processed) % n;
        return search.best;
    }

    /** What one pick has seen so far. */
    private static final class Search {
        final int wanted;
        int found;
        int best = -1;
        double bestScore = -1;

        Search(int wanted) {
            this.wanted = wanted;
        }
    }

    /**
     * Filters and scores slots {@code from} to {@code to}; returns the slot after the last one
     * looked at. The running best lives in locals, written back once (C1 would load and store
     * the fields for every one of the hundreds of nodes).
     */
    private int scan(Pool pool, PodDemand pod, int from, int to, Search search) {
        NodeScores kept = pool.scoresFor(pod, scoring);
        if (kept != null && numaFilter == NumaFilter.NONE) {
            return scanKept(kept, from, to, search);
        }
        int found = search.found;
        int best = search.best;
        double bestScore = search.bestScore;
        int end = to;
        for (int i = from; i < to; i++) {
            double score;
            if (kept != null) {
                score = kept.score[i];
                if (Double.isNaN(score)) {
                    continue; // does not fit
                }
            } else {
                if (!pool.fits(i, pod)) {
                    continue;
                }
                score = score(scoring, allocatedAfter(pool.requestedCpuMillis[i], pool.allocatableCpuMillis[i],
                        pool.requestedMemoryBytes[i], pool.allocatableMemoryBytes[i], pod.cpuMillis(),
                        pod.memoryBytes()));
            }
            if (numaFilter != NumaFilter.NONE && !numaFilter.passes(pool.get(i), pod)) {
                continue;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
            if (++found == search.wanted) {
                end = i + 1;
                break;
            }
        }
        search.found = found;
        search.best = best;
        search.bestScore = bestScore;
        return end;
    }

    /*
     * The same walk over the pool's kept answers, a block at a time where it can: a whole block
     * whose fitting nodes do not complete the search counts them all and offers its best score
     * and first slot with it (what the node-by-node walk would end the block with, since it too
     * keeps the first strictly better score); anywhere else, and in the block where the search
     * completes, node by node.
     */
    private static int scanKept(NodeScores kept, int from, int to, Search search) {
        double[] score = kept.score;
        int found = search.found;
        int best = search.best;
        double bestScore = search.bestScore;
        int end = to;
        int i = from;
        while (i < to) {
            if ((i & (NodeScores.BLOCK - 1)) == 0 && i + NodeScores.BLOCK <= to) {
                int block = i >> NodeScores.BLOCK_SHIFT;
                int fitting = kept.fitting[block];
                if (found + fitting < search.wanted) {
                    if (fitting > 0 && kept.best[block] > bestScore) {
                        best = kept.bestSlot[block];
                        bestScore = kept.best[block];
                    }
                    found += fitting;
                    i += NodeScores.BLOCK;
                    continue;
                }
            }
            double s = score[i];
            if (!Double.isNaN(s)) {
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
                if (++found == search.wanted) {
                    end = i + 1;
                    break;
                }
            }
            i++;
        }
        search.found = found;
        search.best = best;
        search.bestScore = bestScore;
        return end;
    }

    /** MostAllocated scores the allocated share, LeastAllocated its complement. */
    static double score(Scoring scoring, double allocated) {
        return scoring == Scoring.MOST_ALLOCATED ? allocated : 1 - allocated;
    }

    /**
     * The share of the node's cpu and memory (averaged, weights 1) that would be requested once a
     * pod asking for {@code cpu} and {@code memory} is placed: MostAllocated scores it, LeastAllocated
     * its complement.
     */
    static double allocatedAfter(long requestedCpu, long allocatableCpu, long requestedMemory,
                                 long allocatableMemory, long cpu, long memory) {
        return (fraction(requestedCpu + cpu, allocatableCpu) + fraction(requestedMemory + memory, allocatableMemory))
                / 2;
    }

    private static double fraction(long requested, long allocatable) {
        return allocatable <= 0 ? 1 : (double) requested / allocatable;
    }
}
