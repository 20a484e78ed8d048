package dev.numaadvisor.core.fleet;

import java.util.Arrays;

/**
 * One pod template's NodeResourcesFit answer for every node of a pool, kept current by the pool:
 * NaN when the template does not fit the node, else the score the scheduler gives it. Blocks of
 * {@link #BLOCK} slots also keep how many nodes fit, their best score and the first slot with it,
 * so a search that needs hundreds of feasible nodes takes most of them a block at a time: the
 * answer is the one a node-by-node walk gives (the first best slot in the walk's order).
 */
final class NodeScores {
    static final int BLOCK_SHIFT = 5;
    static final int BLOCK = 1 << BLOCK_SHIFT;

    /** By slot; NaN for a node the template does not fit and for slots not in use. */
    double[] score;
    /** By block: how many of its nodes the template fits. */
    int[] fitting;
    /** By block: the best score among them (meaningless when none fits). */
    double[] best;
    /** By block: the first slot with that score. */
    int[] bestSlot;

    NodeScores(int slots) {
        score = new double[0];
        fitting = new int[0];
        best = new double[0];
        bestSlot = new int[0];
        grow(slots);
    }

    void grow(int slots) {
        int old = score.length;
        score = Arrays.copyOf(score, slots);
        Arrays.fill(score, old, slots, Double.NaN);
        int blocks = (slots + BLOCK - 1) >> BLOCK_SHIFT;
        fitting = Arrays.copyOf(fitting, blocks);
        best = Arrays.copyOf(best, blocks);
        bestSlot = Arrays.copyOf(bestSlot, blocks);
    }

    void set(int slot, double value) {
        score[slot] = value;
        int block = slot >> BLOCK_SHIFT;
        int from = block << BLOCK_SHIFT;
        int to = Math.min(from + BLOCK, score.length);
        int n = 0;
        double top = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int i = from; i < to; i++) {
            double s = score[i];
            if (Double.isNaN(s)) {
                continue;
            }
            n++;
            // Strictly greater, as the scheduler compares: ties keep the first slot.
            if (at < 0 || s > top) {
                top = s;
                at = i;
            }
        }
        fitting[block] = n;
        best[block] = top;
        bestSlot[block] = at;
    }
}
