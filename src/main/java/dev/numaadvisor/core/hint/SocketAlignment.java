package dev.numaadvisor.core.hint;

/**
 * The CPU Manager's {@code align-by-socket} rule ({@code isHintSocketAligned}): a hint is also
 * preferred when the sockets its NUMA nodes span number exactly {@code minSockets}. Sockets are
 * numbered 0..n-1 here (bit i = the i-th socket id in ascending order).
 *
 * @param socketsById per NUMA id, the sockets of its CPUs as a bit set
 * @param socketCount sockets on the machine, at most 64
 * @param minSockets ceil(minimum NUMA width / NUMA nodes per socket)
 */
public record SocketAlignment(long[] socketsById, int socketCount, int minSockets) {
    /** Socket subsets tried per pruning question before the test gives up pruning. */
    private static final int MAX_SOCKET_SETS = 4096;

    public SocketAlignment {
        socketsById = socketsById.clone();
        if (socketsById.length != 64 || socketCount < 0 || socketCount > 64) {
            throw new IllegalArgumentException("socket masks for NUMA ids 0-63, at most 64 sockets");
        }
    }

    /** The sockets a mask spans. */
    public long sockets(long mask) {
        long out = 0;
        for (long b = mask; b != 0; b &= b - 1) {
            out |= socketsById[Long.numberOfTrailingZeros(b)];
        }
        return out;
    }

    public boolean isAligned(long mask) {
        return Long.bitCount(sockets(mask)) == minSockets;
    }

    /**
     * Necessary condition: a mask M of {@code width} nodes, lower ⊆ M ⊆ allowed, spans exactly
     * minSockets sockets and holds {@code rule}. For each candidate socket set T (every set of
     * minSockets sockets that contains lower's sockets): M can only use nodes whose sockets lie in
     * T, must reach every socket of T (each added node reaches at most as many sockets as the
     * widest node spans), and must hold the rule; the sum test ignores the reach, so it may say
     * yes where no mask exists, never the reverse.
     */
    public boolean mayAlign(SumRule rule, long lower, long allowed, int width) {
        long fixed = sockets(lower);
        if (Long.bitCount(fixed) > minSockets) {
            return false;
        }
        long[] sets = socketSets(fixed);
        if (sets == null) {
            return true;
        }
        for (long t : sets) {
            long inside = 0;
            long reach = 0;
            for (long b = allowed | lower; b != 0; b &= b - 1) {
                int id = Long.numberOfTrailingZeros(b);
                if ((socketsById[id] & ~t) == 0) {
                    inside |= 1L << id;
                    reach |= socketsById[id];
                }
            }
            int unreached = Long.bitCount(t & ~fixed);
            if ((lower & ~inside) == 0 && reach == t
                    && unreached <= (width - Long.bitCount(lower)) * widestSpan()
                    && rule.mayHold(lower, inside, width)) {
                return true;
            }
        }
        return false;
    }

    /** The most sockets one NUMA node spans (1 on ordinary machines). */
    private int widestSpan() {
        int widest = 1;
        for (long s : socketsById) {
            widest = Math.max(widest, Long.bitCount(s));
        }
        return widest;
    }

    /** Every socket set of size minSockets containing {@code fixed}; null when there are too many. */
    private long[] socketSets(long fixed) {
        int extra = minSockets - Long.bitCount(fixed);
        long others = (socketCount == 64 ? -1L : (1L << socketCount) - 1) & ~fixed;
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (!collect(others, extra, fixed, out)) {
            return null;
        }
        long[] sets = new long[out.size()];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = out.get(i);
        }
        return sets;
    }

    private static boolean collect(long others, int extra, long chosen, java.util.List<Long> out) {
        if (extra == 0) {
            out.add(chosen);
            return out.size() <= MAX_SOCKET_SETS;
        }
        for (long b = others; Long.bitCount(b) >= extra; b &= b - 1) {
            long bit = Long.lowestOneBit(b);
            if (!collect(b & ~bit, extra - 1, chosen | bit, out)) {
                return false;
            }
        }
        return true;
    }
}
