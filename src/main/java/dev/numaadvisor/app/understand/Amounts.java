package dev.numaadvisor.app.understand;

import dev.numaadvisor.core.model.Quantity;
import java.util.Locale;

/**
 * Amounts as people write them, turned into Kubernetes quantities: {@code 16 GiB} is 16Gi,
 * {@code 16 gigs} is 16Gi (what people mean by it), {@code 16G} and {@code 16GB} are the decimal 16G (as Kubernetes reads
 * {@code 16G}), {@code 3.5 cores} is 3500m. A byte amount without a unit is not guessed.
 */
final class Amounts {
    /** A number with a byte unit; group 1 the number, group 2 the unit (case as normalised). */
    // Not inside a name: "nvidia.com/mig-3g.20gb" holds no amount.
    static final String BYTES = "(?<![\\w.-])(\\d+(?:\\.\\d+)?)\\s?(kib|mib|gib|tib|ki|mi|gi|ti|kb|mb|gb|tb|k|M|g|t|gigs?|gigabytes?"
            + "|megabytes?|terabytes?|gibibytes?|mebibytes?)(?![a-z0-9])";

    private Amounts() {
    }

    /** {@link #BYTES} with its two groups named {@code n<tag>} and {@code u<tag>}, for patterns holding it more than once. */
    static String bytesNamed(String tag) {
        return BYTES.replace("(\\d", "(?<n" + tag + ">\\d").replace(")\\s?(", ")\\s?(?<u" + tag + ">");
    }

    static Quantity bytes(String number, String unit) {
        String u = unit.equals("M") ? "M" : unit.toLowerCase(Locale.ROOT);
        String suffix;
        if (u.startsWith("gib") || u.equals("gi") || u.startsWith("gig") && !u.startsWith("giga")) {
            suffix = "Gi";
        } else if (u.startsWith("mib") || u.startsWith("mebi") || u.equals("mi")) {
            suffix = "Mi";
        } else if (u.startsWith("kib") || u.equals("ki")) {
            suffix = "Ki";
        } else if (u.startsWith("tib") || u.equals("ti")) {
            suffix = "Ti";
        } else if (u.startsWith("g")) {
            suffix = "G";
        } else if (u.equals("M") || u.startsWith("mb") || u.startsWith("mega")) {
            suffix = "M";
        } else if (u.startsWith("t")) {
            suffix = "T";
        } else {
            suffix = "k";
        }
        return Quantity.parse(number + suffix);
    }

    /** {@code 8}, {@code 3.5}, {@code 3500m}: a CPU amount. */
    static Quantity cpu(String text) {
        String t = text.strip();
        if (t.endsWith("m")) {
            return Quantity.parse(t);
        }
        if (t.contains(".")) {
            long millis = new java.math.BigDecimal(t).multiply(java.math.BigDecimal.valueOf(1000)).longValueExact();
            return Quantity.ofMillis(millis);
        }
        return Quantity.parse(t);
    }

    /** {@code a}, {@code an}, {@code the} and no number at all count one. */
    static int count(String word) {
        if (word == null || word.equals("a") || word.equals("an") || word.equals("the") || word.isBlank()
                || word.matches("(?:a\\s+)?single")) {
            return 1;
        }
        return Integer.parseInt(word.strip());
    }

    /** {@code hugepages-1Gi} from {@code 1g}, {@code 1gi}, {@code 1gb}, {@code 2m}, {@code 2M}, {@code 2mi}. */
    static String hugepageResource(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        return s.startsWith("1") ? "hugepages-1Gi" : "hugepages-2Mi";
    }
}
