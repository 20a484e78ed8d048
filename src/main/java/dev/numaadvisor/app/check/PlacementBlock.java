package dev.numaadvisor.app.check;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placement an answer states in a ```placement block, one line per pod or container, read
 * exactly rather than guessed from prose:
 *
 * <pre>
 * trader/app: admitted cpus=24-27,72-75 numa=1 memory=1 devices=GPU-0 hint=1:preferred
 * filler: rejected reason=TopologyAffinityError
 * </pre>
 *
 * The verdict comes first; then any of {@code reason}, {@code cpus}, {@code numa} (of the CPUs),
 * {@code memory}, {@code devices} and {@code hint} ({@code 0,1:not-preferred}, {@code any:preferred},
 * {@code none}). A line it cannot read is an error naming the line and what was expected, so the
 * model is asked again rather than the line passing unchecked.
 */
public final class PlacementBlock {
    private static final Pattern BLOCK = Pattern.compile("(?s)```placement[ \\t]*\\n(.*?)```");
    private static final Pattern LINE = Pattern.compile("^\\s*([\\w.-]+)(?:/([\\w.-]+))?\\s*:\\s*(admitted|rejected)\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("([a-z]+)=(\\S+)");
    private static final Pattern IDS = Pattern.compile("\\d{1,3}(?:,\\d{1,3})*");

    /** The claims of every placement block, and what could not be read. {@code present}: the answer had a block. */
    public record Reading(boolean present, List<Claim> claims, List<String> errors) {
        public Reading {
            claims = List.copyOf(claims);
            errors = List.copyOf(errors);
        }

        /** What could not be read, then every field that disagrees with {@code facts}' simulation. */
        public List<String> mismatches(AnswerGuard.Facts facts) {
            List<String> out = new ArrayList<>(errors);
            out.addAll(ClaimCheck.compareClaims(claims, facts.result(), facts.machine()));
            return out;
        }
    }

    private PlacementBlock() {
    }

    public static Reading read(String answer) {
        Matcher m = BLOCK.matcher(answer);
        List<Claim> claims = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean present = false;
        while (m.find()) {
            present = true;
            String[] lines = m.group(1).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    line(lines[i], i + 1, claims, errors);
                }
            }
        }
        return new Reading(present, claims, errors);
    }

    private static void line(String text, int n, List<Claim> claims, List<String> errors) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            errors.add("placement line " + n + " \"" + text.strip() + "\": expected \"pod[/container]: admitted|rejected"
                    + " [reason=…] [cpus=…] [numa=…] [memory=…] [devices=…] [hint=ids:preferred|not-preferred]\"");
            return;
        }
        String pod = m.group(1);
        String container = m.group(2);
        boolean admitted = m.group(3).equalsIgnoreCase("admitted");
        String quote = text.strip();
        claims.add(new Claim(admitted ? Claim.Kind.ADMITTED : Claim.Kind.REJECTED, pod, container, "", "", false, quote));
        String rest = m.group(4).strip();
        Matcher f = FIELD.matcher(rest);
        int end = 0;
        while (f.find()) {
            if (!rest.substring(end, f.start()).isBlank()) {
                break;
            }
            end = f.end();
            String error = field(f.group(1), f.group(2), pod, container, quote, claims);
            if (error != null) {
                errors.add("placement line " + n + ": " + error);
            }
        }
        if (!rest.substring(end).isBlank()) {
            errors.add("placement line " + n + ": cannot read \"" + rest.substring(end).strip() + "\"; fields are key=value");
        }
    }

    /** Null when read, else what was wrong with it. */
    private static String field(String key, String value, String pod, String container, String quote, List<Claim> out) {
        switch (key.toLowerCase(Locale.ROOT)) {
            case "reason":
                out.add(new Claim(Claim.Kind.REASON, pod, container, "", value, false, quote));
                return null;
            case "cpus":
                try {
                    out.add(new Claim(Claim.Kind.CPUS, pod, container, "", CpuSet.parse(value).toString(), false, quote));
                    return null;
                } catch (RuntimeException e) {
                    return "cpus=" + value + " is not a CPU list (e.g. 24-27,72-75)";
                }
            case "numa":
            case "memory":
                if (!IDS.matcher(value).matches()) {
                    return key + "=" + value + " is not a list of NUMA node ids (e.g. 0,1)";
                }
                out.add(new Claim(Claim.Kind.NUMA, pod, container, key.equals("numa") ? "cpu" : "memory",
                        FieldClaims.ids(value), false, quote));
                return null;
            case "devices":
                for (String id : value.split(",")) {
                    out.add(new Claim(Claim.Kind.DEVICE, pod, container, "", id, false, quote));
                }
                return null;
            case "hint":
                return hint(value, pod, container, quote, out);
            default:
                return "unknown field " + key + " (reason, cpus, numa, memory, devices, hint)";
        }
    }

    private static String hint(String value, String pod, String container, String quote, List<Claim> out) {
        if (value.equals("none")) {
            out.add(new Claim(Claim.Kind.MERGED_HINT, pod, container, "", "none", false, quote));
            return null;
        }
        String[] parts = value.split(":", 2);
        boolean idsOk = parts[0].equals("any") || IDS.matcher(parts[0]).matches();
        boolean prefOk = parts.length == 2 && (parts[1].equals("preferred") || parts[1].equals("not-preferred"));
        if (!idsOk || !prefOk) {
            return "hint=" + value + " should be ids:preferred or ids:not-preferred (e.g. 1:preferred, any:preferred)";
        }
        String ids = parts[0].equals("any") ? "any" : "[" + FieldClaims.ids(parts[0]) + "]";
        out.add(new Claim(Claim.Kind.MERGED_HINT, pod, container, "", ids + " " + parts[1].replace('-', ' '), false, quote));
        return null;
    }
}
