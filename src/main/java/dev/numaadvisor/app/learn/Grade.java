package dev.numaadvisor.app.learn;

import dev.numaadvisor.core.model.CpuSet;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads an answer of an exercise's kind and compares it with the simulator's: {@code understood}
 * is false when the text is not an answer of that kind (the exercise stays open).
 */
public record Grade(boolean understood, boolean right) {
    public static Grade of(Exercise e, String answer) {
        String normalised = normalise(e.kind(), answer);
        return normalised == null ? new Grade(false, false) : new Grade(true, normalised.equals(e.expected()));
    }

    /** The canonical form of an answer ("yes", "0-3,8", "0,1"), or null when unreadable. */
    static String normalise(Exercise.AnswerKind kind, String answer) {
        String a = answer.trim().toLowerCase(Locale.ROOT).replaceAll("[\\[\\]{}.!]", "").trim();
        switch (kind) {
            case YES_NO:
                if (a.equals("y") || a.equals("yes") || a.startsWith("yes ") || a.equals("admitted")) {
                    return "yes";
                }
                return a.equals("n") || a.equals("no") || a.startsWith("no ") || a.equals("rejected") ? "no" : null;
            case CPUS:
                try {
                    return CpuSet.parse(a.replace(" ", "")).toString();
                } catch (RuntimeException ex) {
                    return null;
                }
            case NUMA:
                TreeSet<Integer> ids = new TreeSet<>();
                for (String part : a.replace("numa", "").split("[,\\s]+")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    if (!part.matches("\\d{1,2}")) {
                        return null;
                    }
                    ids.add(Integer.parseInt(part));
                }
                return ids.isEmpty() ? null : join(ids);
            default:
                throw new AssertionError(kind);
        }
    }

    static String join(Iterable<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        ids.forEach(i -> sb.append(sb.length() > 0 ? "," : "").append(i));
        return sb.toString();
    }
}
