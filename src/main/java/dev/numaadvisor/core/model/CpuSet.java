package dev.numaadvisor.core.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An immutable set of logical CPU ids, printed and parsed in the kubelet's list notation
 * ({@code 0-3,8,10-11}). The empty set prints as the empty string, as the kubelet writes it.
 */
public final class CpuSet implements Comparable<CpuSet> {
    /** Highest CPU id accepted; far above any real machine, low enough to keep BitSets small. */
    public static final int MAX_CPU_ID = 65_535;

    private static final CpuSet EMPTY = new CpuSet(new BitSet());

    private final BitSet bits;

    private CpuSet(BitSet bits) {
        this.bits = bits;
    }

    public static CpuSet empty() {
        return EMPTY;
    }

    public static CpuSet of(int... ids) {
        BitSet b = new BitSet();
        for (int id : ids) {
            checkId(id);
            b.set(id);
        }
        return new CpuSet(b);
    }

    public static CpuSet of(Collection<Integer> ids) {
        BitSet b = new BitSet();
        for (int id : ids) {
            checkId(id);
            b.set(id);
        }
        return new CpuSet(b);
    }

    public static CpuSet range(int fromInclusive, int toInclusive) {
        BitSet b = new BitSet();
        if (toInclusive >= fromInclusive) {
            checkId(fromInclusive);
            checkId(toInclusive);
            b.set(fromInclusive, toInclusive + 1);
        }
        return new CpuSet(b);
    }

    /**
     * Parses the kubelet's list notation. Whitespace around elements is tolerated; an empty
     * string is the empty set. Errors name the bad element, as {@code cpuset.Parse} does.
     */
    public static CpuSet parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("CPU list is missing");
        }
        String s = text.trim();
        BitSet b = new BitSet();
        if (s.isEmpty()) {
            return EMPTY;
        }
        for (String raw : s.split(",", -1)) {
            String part = raw.trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty element in CPU list \"" + text + "\"");
            }
            int dash = part.indexOf('-');
            if (dash < 0) {
                int id = parseId(part, text);
                b.set(id);
                continue;
            }
            String lo = part.substring(0, dash).trim();
            String hi = part.substring(dash + 1).trim();
            if (lo.isEmpty() || hi.isEmpty()) {
                throw new IllegalArgumentException("invalid range \"" + part + "\" in CPU list \""
                        + text + "\": expected FIRST-LAST");
            }
            int from = parseId(lo, text);
            int to = parseId(hi, text);
            if (from > to) {
                throw new IllegalArgumentException("invalid range \"" + part + "\" (" + from + " > "
                        + to + ") in CPU list \"" + text + "\"");
            }
            b.set(from, to + 1);
        }
        return new CpuSet(b);
    }

    private static int parseId(String token, String whole) {
        if (!token.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("\"" + token + "\" is not a CPU id in CPU list \""
                    + whole + "\"");
        }
        if (token.length() > 6) {
            throw new IllegalArgumentException("CPU id " + token + " is above " + MAX_CPU_ID);
        }
        int id = Integer.parseInt(token);
        checkId(id);
        return id;
    }

    private static void checkId(int id) {
        if (id < 0 || id > MAX_CPU_ID) {
            throw new IllegalArgumentException("CPU id " + id + " outside 0-" + MAX_CPU_ID);
        }
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    public boolean contains(int id) {
        return id >= 0 && bits.get(id);
    }

    public boolean containsAll(CpuSet other) {
        BitSet b = (BitSet) other.bits.clone();
        b.andNot(bits);
        return b.isEmpty();
    }

    public boolean intersects(CpuSet other) {
        return bits.intersects(other.bits);
    }

    public CpuSet union(CpuSet other) {
        if (other.isEmpty()) {
            return this;
        }
        BitSet b = (BitSet) bits.clone();
        b.or(other.bits);
        return new CpuSet(b);
    }

    public CpuSet intersection(CpuSet other) {
        BitSet b = (BitSet) bits.clone();
        b.and(other.bits);
        return new CpuSet(b);
    }

    public CpuSet difference(CpuSet other) {
        if (other.isEmpty()) {
            return this;
        }
        BitSet b = (BitSet) bits.clone();
        b.andNot(other.bits);
        return new CpuSet(b);
    }

    /** Ids in ascending order. */
    public IntStream stream() {
        return bits.stream();
    }

    public int[] toArray() {
        return bits.stream().toArray();
    }

    public List<Integer> toList() {
        List<Integer> out = new ArrayList<>(size());
        bits.stream().forEach(out::add);
        return out;
    }

    /** Lowest id, or -1 when empty. */
    public int first() {
        return bits.nextSetBit(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuSet && ((CpuSet) o).bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    /** Orders by size first, then by the ids' ascending lists, for stable output. */
    @Override
    public int compareTo(CpuSet o) {
        int[] a = toArray();
        int[] b = o.toArray();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** The kubelet's list notation: runs of two or more consecutive ids join with a dash. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int start = bits.nextSetBit(0);
        while (start >= 0) {
            int end = bits.nextClearBit(start) - 1;
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end > start) {
                sb.append('-').append(end);
            }
            start = bits.nextSetBit(end + 1);
        }
        return sb.toString();
    }
}
