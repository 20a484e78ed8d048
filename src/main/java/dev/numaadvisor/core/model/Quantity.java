package dev.numaadvisor.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A Kubernetes resource quantity ({@code 16Gi}, {@code 3500m}, {@code 1e3}), kept exact.
 * {@link #value()} and {@link #milliValue()} round up, as {@code resource.Quantity} does.
 * Immutable; a class rather than a record only so that both are worked out once, at
 * construction: admission asks for them on every container, and BigDecimal rounding there
 * cost more than the rest of a fleet run's CPU arithmetic.
 */
public final class Quantity implements Comparable<Quantity> {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private final BigDecimal amount;
    private final String text;
    /** Set when both rounded values fit a long; otherwise the accessors take the exact path. */
    private final boolean fitsLong;
    private final long value;
    private final long milliValue;

    public Quantity(BigDecimal amount, String text) {
        if (amount == null || text == null) {
            throw new IllegalArgumentException("quantity needs an amount and its text");
        }
        this.amount = amount;
        this.text = text;
        BigDecimal whole = amount.setScale(0, RoundingMode.CEILING);
        BigDecimal millis = amount.multiply(THOUSAND).setScale(0, RoundingMode.CEILING);
        this.fitsLong = millis.compareTo(LONG_MAX) <= 0 && millis.compareTo(LONG_MIN) >= 0;
        this.value = fitsLong ? whole.longValue() : 0;
        this.milliValue = fitsLong ? millis.longValue() : 0;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String text() {
        return text;
    }

    public static Quantity ofBytes(long bytes) {
        return new Quantity(BigDecimal.valueOf(bytes), Long.toString(bytes));
    }

    public static Quantity ofMillis(long millis) {
        BigDecimal a = BigDecimal.valueOf(millis).divide(THOUSAND);
        String text = millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
        return new Quantity(a, text);
    }

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, "0");

    /**
     * Parses the Kubernetes quantity grammar: a signed decimal number followed by a binary-SI
     * suffix (Ki..Ei), a decimal-SI suffix (n, u, m, k, M, G, T, P, E) or a decimal exponent.
     */
    public static Quantity parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("quantity is empty: expected a number such as 4, 3500m or 16Gi");
        }
        String s = text.trim();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsStart = i;
        boolean dot = false;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || (s.charAt(i) == '.' && !dot))) {
            dot |= s.charAt(i) == '.';
            i++;
        }
        String number = s.substring(0, i);
        String digits = s.substring(digitsStart, i);
        if (digits.isEmpty() || digits.equals(".")) {
            throw bad(text);
        }
        BigDecimal base;
        try {
            base = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
        } catch (NumberFormatException e) {
            throw bad(text);
        }
        BigDecimal factor = suffixFactor(s.substring(i), text);
        return new Quantity(base.multiply(factor), s);
    }

    private static BigDecimal suffixFactor(String suffix, String text) {
        switch (suffix) {
            case "": return BigDecimal.ONE;
            case "Ki": return BigDecimal.valueOf(1L << 10);
            case "Mi": return BigDecimal.valueOf(1L << 20);
            case "Gi": return BigDecimal.valueOf(1L << 30);
            case "Ti": return BigDecimal.valueOf(1L << 40);
            case "Pi": return BigDecimal.valueOf(1L << 50);
            case "Ei": return BigDecimal.valueOf(1L << 60);
            case "n": return BigDecimal.ONE.scaleByPowerOfTen(-9);
            case "u": return BigDecimal.ONE.scaleByPowerOfTen(-6);
            case "m": return BigDecimal.ONE.scaleByPowerOfTen(-3);
            case "k": return BigDecimal.ONE.scaleByPowerOfTen(3);
            case "M": return BigDecimal.ONE.scaleByPowerOfTen(6);
            case "G": return BigDecimal.ONE.scaleByPowerOfTen(9);
            case "T": return BigDecimal.ONE.scaleByPowerOfTen(12);
            case "P": return BigDecimal.ONE.scaleByPowerOfTen(15);
            case "E": return BigDecimal.ONE.scaleByPowerOfTen(18);
            default:
                if ((suffix.startsWith("e") || suffix.startsWith("E")) && suffix.length() > 1) {
                    String exp = suffix.substring(1);
                    if (exp.matches("[+-]?\\d{1,3}")) {
                        return BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(exp));
                    }
                }
                throw bad(text);
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a quantity: expected a number "
                + "with an optional suffix (m, k, M, G, Ki, Mi, Gi, …), e.g. 4, 3500m, 16Gi");
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whole units, rounded up (bytes for memory, cores for CPU). Saturates at Long.MAX_VALUE. */
    public long value() {
        if (fitsLong) {
            return value;
        }
        BigDecimal v = amount.setScale(0, RoundingMode.CEILING);
        return v.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : v.longValueExact();
    }

    /** Thousandths, rounded up (millicores for CPU). Saturates at Long.MAX_VALUE. */
    public long milliValue() {
        if (fitsLong) {
            return milliValue;
        }
        BigDecimal v = amount.multiply(THOUSAND).setScale(0, RoundingMode.CEILING);
        return v.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : v.longValueExact();
    }

    /** True when the amount is a whole number (an integer CPU request). */
    public boolean isWhole() {
        return amount.stripTrailingZeros().scale() <= 0;
    }

    public BigInteger wholeValue() {
        return amount.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }

    /** Same amount, whatever the spelling ({@code 1Gi} equals {@code 1073741824}). */
    public boolean sameAmount(Quantity other) {
        return amount.compareTo(other.amount) == 0;
    }

    @Override
    public int compareTo(Quantity o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity && ((Quantity) o).amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
