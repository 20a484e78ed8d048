package dev.numaadvisor.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of NUMA node ids 0-63 held in one 64-bit word, as the kubelet's {@code bitmask.BitMask}.
 * Ordering helpers follow the kubelet exactly: "narrower" is fewer bits, then the smaller integer.
 */
public record NumaMask(long bits) {
    /** The kubelet's bitmask is one uint64: node ids above 63 cannot be expressed. */
    public static final int MAX_NUMA_ID = 63;

    public static final NumaMask EMPTY = new NumaMask(0L);

    public static NumaMask of(int... ids) {
        long b = 0;
        for (int id : ids) {
            b |= bit(id);
        }
        return new NumaMask(b);
    }

    public static NumaMask of(Collection<Integer> ids) {
        long b = 0;
        for (int id : ids) {
            b |= bit(id);
        }
        return new NumaMask(b);
    }

    private static long bit(int id) {
        if (id < 0 || id > MAX_NUMA_ID) {
            // The kubelet's own wording (bitmask.NewBitMask).
            throw new IllegalArgumentException("bit number must be in range 0-63");
        }
        return 1L << id;
    }

    public int count() {
        return Long.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public boolean isSet(int id) {
        return id >= 0 && id <= MAX_NUMA_ID && (bits & (1L << id)) != 0;
    }

    public NumaMask and(NumaMask other) {
        return new NumaMask(bits & other.bits);
    }

    public NumaMask or(NumaMask other) {
        return new NumaMask(bits | other.bits);
    }

    public NumaMask with(int id) {
        return new NumaMask(bits | bit(id));
    }

    /** Every bit of this mask is also in {@code other}. */
    public boolean isSubsetOf(NumaMask other) {
        return (bits & ~other.bits) == 0;
    }

    /** Plain unsigned integer comparison ({@code IsLessThan}). */
    public boolean isLessThan(NumaMask other) {
        return Long.compareUnsigned(bits, other.bits) < 0;
    }

    /** Fewer bits set; with equal counts, the numerically smaller mask ({@code IsNarrowerThan}). */
    public boolean isNarrowerThan(NumaMask other) {
        if (count() == other.count()) {
            return isLessThan(other);
        }
        return count() < other.count();
    }

    /** Ids in ascending order. */
    public List<Integer> ids() {
        List<Integer> out = new ArrayList<>(count());
        long b = bits;
        while (b != 0) {
            int id = Long.numberOfTrailingZeros(b);
            out.add(id);
            b &= b - 1;
        }
        return out;
    }

    /** Ids in ascending order, as an array (asked on every aligned allocation: no list, no stream). */
    public int[] toArray() {
        int[] out = new int[count()];
        long b = bits;
        for (int i = 0; b != 0; i++) {
            out[i] = Long.numberOfTrailingZeros(b);
            b &= b - 1;
        }
        return out;
    }

    /** Printed as the contract writes masks: {@code [0,1]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        List<Integer> ids = ids();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ids.get(i));
        }
        return sb.append(']').toString();
    }
}
