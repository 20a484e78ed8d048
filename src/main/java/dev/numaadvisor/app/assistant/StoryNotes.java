package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.understand.StatedContainer;
import dev.numaadvisor.app.understand.StatedPod;
import dev.numaadvisor.app.understand.Understanding;
import dev.numaadvisor.core.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question's own numbers already show, said before the general answer: a pod described
 * with a request unlike its limit is Burstable; a fractional CPU request gets no exclusive CPUs;
 * kubeReserved + systemReserved + the memory eviction threshold, summed, is what reservedMemory
 * must add up to. Read-only arithmetic on what was said; nothing is simulated.
 */
final class StoryNotes {
    /** The kubelet's default hard-eviction threshold for {@code memory.available}. */
    static final Quantity DEFAULT_EVICTION = Quantity.parse("100Mi");

    private static final String AMOUNT = "(\\d+(?:\\.\\d+)?\\s?(?:Ki|Mi|Gi|Ti|K|M|G|T)(?:i?B)?)\\b";
    private static final Pattern MEMORY_TOPIC = Pattern.compile(
            "(?i)(?<![a-z])reserved-?\\s?memory|memory\\s*manager|memoryManagerPolicy|node\\s+allocatable");
    private static final Pattern KUBE = Pattern.compile("(?i)kube-?\\s?reserved");
    private static final Pattern SYSTEM = Pattern.compile("(?i)system-?\\s?reserved");
    private static final Pattern EVICTION = Pattern.compile("(?i)memory\\.available|eviction(?:-?\\s?hard)?");
    private static final Pattern ANY_KEY = Pattern.compile("(?i)kube-?\\s?reserved|system-?\\s?reserved|eviction|reserved-?\\s?memory");
    private static final Pattern MEMORY_AMOUNT = Pattern.compile("(?i)memory\\W{0,4}" + AMOUNT);
    private static final Pattern BYTES = Pattern.compile("(?i)(?<![\\w.])" + AMOUNT);
    private static final Pattern PERCENT = Pattern.compile("(?i)memory\\.available\\W{0,4}\\d+(?:\\.\\d+)?\\s?%");
    private static final Pattern PINNING = Pattern.compile("(?i)\\bpinn?(?:ed|ing)?\\b|exclusive|dedicated|isolat");
    /** How far after a setting's name its amount may be said. */
    private static final int WINDOW = 50;

    private StoryNotes() {
    }

    /** The notes for this question, one paragraph, or "" when its numbers show nothing by themselves. */
    static String notes(String question, Understanding u) {
        List<String> out = new ArrayList<>();
        for (StatedPod pod : u.pods()) {
            for (StatedContainer c : pod.containers()) {
                String burstable = burstable(c);
                if (burstable != null) {
                    out.add(burstable);
                } else if (fractional(c) != null) {
                    out.add(fractional(c));
                }
            }
        }
        if (cpuNone(question, u)) {
            out.add("with `cpuManagerPolicy: none` no container gets exclusive CPUs, whatever its QoS: every container runs "
                    + "on all CPUs; pinning needs `static`.");
        }
        String sum = reservedMemory(question);
        if (sum != null) {
            out.add(sum);
        }
        return out.isEmpty() ? "" : "From what you describe: " + String.join(" ", out.stream().distinct().toList()) + "\n\n";
    }

    /** The card about a cause the pod or config facts show by themselves; null when they show none. */
    static String causeCard(Understanding u, String question) {
        String id = cardFor(question, u);
        return "reserved-memory-sum".equals(id) ? null : id;
    }

    /** The id of the answer card about the first thing the notes say; null when they say nothing. */
    static String cardFor(String question, Understanding u) {
        for (StatedPod pod : u.pods()) {
            for (StatedContainer c : pod.containers()) {
                if (burstable(c) != null) {
                    return "memory-limit-burstable";
                }
                if (fractional(c) != null) {
                    return "integer-cpus";
                }
            }
        }
        if (cpuNone(question, u)) {
            return "cpu-policy-none";
        }
        return reservedMemory(question) != null ? "reserved-memory-sum" : null;
    }

    /** The question says the CPU Manager policy is none and asks about pinning. */
    private static boolean cpuNone(String question, Understanding u) {
        return "none".equals(String.valueOf(u.config().get("cpuManagerPolicy")))
                && PINNING.matcher(question).find();
    }

    private static String burstable(StatedContainer c) {
        if (!c.limitsStated()) {
            return null;
        }
        for (String r : List.of("memory", "cpu")) {
            Quantity req = c.requests().get(r);
            Quantity lim = c.limits().get(r);
            if (req != null && lim != null && !req.sameAmount(lim)) {
                return "a " + r + " request of " + req.text() + " with a limit of " + lim.text() + " makes the pod Burstable, "
                        + "not Guaranteed (every container needs cpu and memory requests equal to limits), so it gets no "
                        + "exclusive CPUs and no pinned memory and runs on the shared pool.";
            }
        }
        return null;
    }

    private static String fractional(StatedContainer c) {
        Quantity cpu = c.requests().get("cpu");
        if (cpu == null || cpu.isWhole() || cpu.isZero()) {
            return null;
        }
        return "a CPU request of " + cpu.text() + " is not a whole number of CPUs, so even in a Guaranteed pod the "
                + "static policy gives that container no exclusive CPUs: it runs on the shared pool (ask for an integer such as "
                + cpu.amount().setScale(0, java.math.RoundingMode.CEILING).toPlainString() + ").";
    }

    /** "kubeReserved 1Gi + systemReserved 1Gi + eviction 100Mi = 2148Mi", or null when the question gives no such numbers. */
    static String reservedMemory(String question) {
        if (!MEMORY_TOPIC.matcher(question).find()) {
            return null;
        }
        Quantity kube = amountAfter(question, KUBE);
        Quantity system = amountAfter(question, SYSTEM);
        if (kube == null && system == null) {
            return null;
        }
        if (PERCENT.matcher(question).find()) {
            return "a percentage `memory.available` threshold depends on the node's memory, so work it out in bytes "
                    + "before adding it to kubeReserved and systemReserved memory.";
        }
        Quantity eviction = amountAfter(question, EVICTION);
        boolean defaulted = eviction == null;
        if (defaulted) {
            eviction = DEFAULT_EVICTION;
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        if (kube != null) {
            total = total.add(kube.amount());
            terms.add("kubeReserved " + kube.text());
        }
        if (system != null) {
            total = total.add(system.amount());
            terms.add("systemReserved " + system.text());
        }
        total = total.add(eviction.amount());
        terms.add("the eviction threshold " + eviction.text() + (defaulted ? " (the default `memory.available`)" : ""));
        return String.join(" + ", terms) + " = " + bytes(total) + ": the `memory` limits of `reservedMemory` summed over "
                + "all NUMA nodes must equal exactly that, or the kubelet does not start"
                + (total.remainder(BigDecimal.valueOf(2L << 20)).signum() == 0
                        ? " (for example " + bytes(total.divide(BigDecimal.valueOf(2))) + " on each of two NUMA nodes)." : ".");
    }

    private static Quantity amountAfter(String text, Pattern key) {
        Matcher k = key.matcher(text);
        while (k.find()) {
            int end = Math.min(text.length(), k.end() + WINDOW);
            Matcher next = ANY_KEY.matcher(text);
            if (next.find(k.end())) {
                end = Math.min(end, next.start());
            }
            String window = text.substring(k.end(), end);
            Matcher m = MEMORY_AMOUNT.matcher(window);
            Matcher b = BYTES.matcher(window);
            String found = m.find() ? m.group(1) : b.find() ? b.group(1) : null;
            if (found != null) {
                try {
                    return Quantity.parse(found.replaceAll("\\s", "").replaceAll("(?i)i?B$", found.matches("(?i).*iB$") ? "i" : ""));
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Bytes as the largest binary unit that divides them: 2148Mi, 5Gi. */
    private static String bytes(BigDecimal amount) {
        String[] units = {"Ti", "Gi", "Mi", "Ki"};
        for (int i = 0; i < units.length; i++) {
            BigDecimal unit = BigDecimal.valueOf(1L << (10 * (units.length - i)));
            if (amount.remainder(unit).signum() == 0 && amount.signum() > 0) {
                return amount.divide(unit).toBigInteger() + units[i];
            }
        }
        return amount.toBigInteger().toString();
    }
}
