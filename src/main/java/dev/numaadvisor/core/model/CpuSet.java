package dev.numaadvisor.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An immutable set of logical CPU ids, printed and parsed in the kubelet's list notation
 * ({@code 0-3,8,10-11}). The empty set prints as the empty string, as the kubelet writes it.
 *
 * <p>Held as 64-bit words with no trailing zero word (so equal sets have equal arrays), and the
 * size computed once: the CPU Manager intersects, unions and counts sets on every admission, and
 * a machine of up to 64·k CPUs costs k word operations per set operation, with no clone of a
 * {@link java.util.BitSet} and no stream.
 */
public final class CpuSet implements Comparable<CpuSet> {
    /** Highest CPU id accepted; far above any real machine, low enough to keep BitSets small. */
    public static final int MAX_CPU_ID = 65_535;

    private static final long[] NO_WORDS = new long[0];
    private static final CpuSet EMPTY = new CpuSet(NO_WORDS);

    /** Bit i of word w is CPU 64·w + i; the last word is never zero. */
    private final long[] words;
    private final int size;

    private CpuSet(long[] words) {
        this.words = words;
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        this.size = n;
    }

    /** A set over the given words, dropping trailing zero words (the array is not copied). */
    private static CpuSet ofWords(long[] words, int length) {
        int n = length;
        while (n > 0 && words[n - 1] == 0) {
            n--;
        }
        if (n == 0) {
            return EMPTY;
        }
        return new CpuSet(n == words.length ? words : Arrays.copyOf(words, n));
    }

    /** Collects ids into words; ids are checked by the caller. */
    private static final class Builder {
        private long[] words = new long[2];

        void set(int id) {
            int w = id >>> 6;
            if (w >= words.length) {
                words = Arrays.copyOf(words, Math.max(w + 1, words.length * 2));
            }
            words[w] |= 1L << id;
        }

        void setRange(int from, int toExclusive) {
            for (int id = from; id < toExclusive; id++) {
                set(id);
            }
        }

        CpuSet build() {
            return ofWords(words, words.length);
        }
    }

    public static CpuSet empty() {
        return EMPTY;
    }

    public static CpuSet of(int... ids) {
        Builder b = new Builder();
        for (int id : ids) {
            checkId(id);
            b.set(id);
        }
        return b.build();
    }

    public static CpuSet of(Collection<Integer> ids) {
        Builder b = new Builder();
        for (int id : ids) {
            checkId(id);
            b.set(id);
        }
        return b.build();
    }

    public static CpuSet range(int fromInclusive, int toInclusive) {
        Builder b = new Builder();
        if (toInclusive >= fromInclusive) {
            checkId(fromInclusive);
            checkId(toInclusive);
            b.setRange(fromInclusive, toInclusive + 1);
        }
        return b.build();
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
        Builder b = new Builder();
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
            b.setRange(from, to + 1);
        }
        return b.build();
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
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int id) {
        int w = id >>> 6;
        return id >= 0 && w < words.length && (words[w] & (1L << id)) != 0;
    }

    public boolean containsAll(CpuSet other) {
        long[] o = other.words;
        if (o.length > words.length) {
            return false;
        }
        for (int i = 0; i < o.length; i++) {
            if ((o[i] & ~words[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean intersects(CpuSet other) {
        int n = Math.min(words.length, other.words.length);
        for (int i = 0; i < n; i++) {
            if ((words[i] & other.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /*
     * union, intersection and difference hand back an operand when the answer equals it (a word
     * test, no array): the CPU Manager mostly intersects a set with one that contains it, and a
     * fleet run allocated a gigabyte of such copies.
     */
    public CpuSet union(CpuSet other) {
        if (containsAll(other)) {
            return this;
        }
        if (other.containsAll(this)) {
            return other;
        }
        long[] a = words.length >= other.words.length ? words : other.words;
        long[] b = a == words ? other.words : words;
        long[] out = a.clone();
        for (int i = 0; i < b.length; i++) {
            out[i] |= b[i];
        }
        return new CpuSet(out);
    }

    public CpuSet intersection(CpuSet other) {
        if (other.containsAll(this)) {
            return this;
        }
        if (containsAll(other)) {
            return other;
        }
        int n = Math.min(words.length, other.words.length);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = words[i] & other.words[i];
        }
        return ofWords(out, n);
    }

    /** The size of the intersection, without building it. */
    public int intersectionSize(CpuSet other) {
        int n = Math.min(words.length, other.words.length);
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += Long.bitCount(words[i] & other.words[i]);
        }
        return count;
    }

    public CpuSet difference(CpuSet other) {
        if (!intersects(other)) {
            return this;
        }
        long[] out = words.clone();
        int n = Math.min(words.length, other.words.length);
        for (int i = 0; i < n; i++) {
            out[i] &= ~other.words[i];
        }
        return ofWords(out, out.length);
    }

    /** Ids in ascending order. */
    public IntStream stream() {
        return Arrays.stream(toArray());
    }

    public int[] toArray() {
        int[] out = new int[size];
        int k = 0;
        for (int w = 0; w < words.length; w++) {
            long bits = words[w];
            while (bits != 0) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return out;
    }

    public List<Integer> toList() {
        List<Integer> out = new ArrayList<>(size);
        for (int id : toArray()) {
            out.add(id);
        }
        return out;
    }

    /** Lowest id, or -1 when empty. */
    public int first() {
        return nextSetBit(0);
    }

    /** The lowest id at or above {@code from}, or -1. */
    private int nextSetBit(int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long bits = words[w] & (-1L << from);
        while (true) {
            if (bits != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
            if (++w == words.length) {
                return -1;
            }
            bits = words[w];
        }
    }

    /** The lowest id at or above {@code from} that is not in the set. */
    private int nextClearBit(int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return from;
        }
        long bits = ~words[w] & (-1L << from);
        while (true) {
            if (bits != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
            if (++w == words.length) {
                return w << 6;
            }
            bits = ~words[w];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuSet && Arrays.equals(((CpuSet) o).words, words);
    }

    /** The same value {@link java.util.BitSet#hashCode} gives for these ids. */
    @Override
    public int hashCode() {
        long h = 1234;
        for (int i = words.length; --i >= 0; ) {
            h ^= words[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
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
        int start = nextSetBit(0);
        while (start >= 0) {
            int end = nextClearBit(start) - 1;
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end > start) {
                sb.append('-').append(end);
            }
            start = nextSetBit(end + 1);
        }
        return sb.toString();
    }
}
