package dev.numaadvisor.core.memory;

import dev.numaadvisor.core.model.Quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Prints quantities the way {@code resource.Quantity.String()} does, so the kubelet's messages that
 * embed sums ({@code the total amount "1124Mi" ...}) come out byte for byte. A quantity remembers
 * the format it was written in (binary suffix, decimal suffix, or exponent); a sum takes the format
 * of its first non-zero addend, as {@code Quantity.Add} does on a zero value.
 */
final class KubeQuantityText {
    /** {@code resource.Format}: how a quantity is printed. */
    enum Format {
        BINARY_SI,
        DECIMAL_SI,
        DECIMAL_EXPONENT
    }

    private static final BigInteger KIBI = BigInteger.valueOf(1024);
    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final Map<Integer, String> DECIMAL_SUFFIXES =
            Map.of(
                    -9, "n", -6, "u", -3, "m", 0, "", 3, "k", 6, "M", 9, "G", 12, "T", 15, "P", 18,
                    "E");

    private KubeQuantityText() {}

    /**
     * The format the text was written in: {@code 1Gi} binary, {@code 1e3} exponent, else decimal.
     */
    static Format formatOf(Quantity q) {
        String s = q.text().trim();
        int i = 0;
        while (i < s.length() && "+-0123456789.".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String suffix = s.substring(i);
        if (suffix.length() == 2 && suffix.charAt(1) == 'i') {
            return Format.BINARY_SI;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            return Format.DECIMAL_EXPONENT;
        }
        return Format.DECIMAL_SI;
    }

    /** Canonical text of {@code amount} in {@code format} ({@code CanonicalizeBytes}). */
    static String canonical(BigDecimal amount, Format format) {
        if (amount.signum() == 0) {
            return "0";
        }
        Format f = format;
        // Binary printing is kept only for whole amounts of at least 1024; others print decimal.
        if (f == Format.BINARY_SI
                && (amount.abs().compareTo(BigDecimal.valueOf(1024)) < 0
                        || amount.stripTrailingZeros().scale() > 0)) {
            f = Format.DECIMAL_SI;
        }
        if (f == Format.BINARY_SI) {
            BigInteger v = amount.toBigIntegerExact();
            int exponent = 0;
            while (exponent < BINARY_SUFFIXES.length - 1 && v.mod(KIBI).signum() == 0) {
                v = v.divide(KIBI);
                exponent++;
            }
            return v + BINARY_SUFFIXES[exponent];
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        BigInteger mantissa = stripped.unscaledValue();
        int exponent = -stripped.scale();
        // The printed exponent is a multiple of 3: move the remainder into the mantissa.
        int remainder = Math.floorMod(exponent, 3);
        mantissa = mantissa.multiply(BigInteger.TEN.pow(remainder));
        exponent -= remainder;
        if (f == Format.DECIMAL_EXPONENT) {
            return mantissa + (exponent == 0 ? "" : "e" + exponent);
        }
        String suffix = DECIMAL_SUFFIXES.get(exponent);
        return mantissa + (suffix == null ? "e" + exponent : suffix);
    }

    /**
     * Bytes for trace lines: {@code 1536Mi}, {@code 12}, and unsigned values past 2^63 as digits.
     */
    static String bytes(long value) {
        if (value < 0) {
            return Long.toUnsignedString(value);
        }
        return canonical(BigDecimal.valueOf(value), Format.BINARY_SI);
    }

    /** A running sum with {@code Quantity.Add}'s format rule. */
    static final class Sum {
        private BigDecimal amount = BigDecimal.ZERO;
        private Format format = Format.DECIMAL_SI;

        void add(Quantity q) {
            if (q == null) {
                return;
            }
            if (amount.signum() == 0) {
                format = formatOf(q);
            }
            amount = amount.add(q.amount());
        }

        void add(BigDecimal value, Format valueFormat) {
            if (amount.signum() == 0) {
                format = valueFormat;
            }
            amount = amount.add(value);
        }

        /**
         * {@code q.Add(sum)} stored back as the sum, as {@code getTotalMemoryTypeReserved} does: a
         * non-zero {@code q} brings its own format, so the last non-zero entry decides.
         */
        void addInFront(Quantity q) {
            if (q.amount().signum() != 0) {
                format = formatOf(q);
            }
            amount = amount.add(q.amount());
        }

        BigDecimal amount() {
            return amount;
        }

        Format format() {
            return format;
        }

        boolean isZero() {
            return amount.signum() == 0;
        }

        @Override
        public String toString() {
            return canonical(amount, format);
        }
    }
}
