package dev.numaadvisor.app.check;

import dev.numaadvisor.core.model.CpuSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim of one labelled value ("Exclusive cpuset | 24,25,26,27", "GPU: GPU-1", "Memory: NUMA
 * node 0", "Admitted? | No"): the label says what it is, the value is read for that alone. An empty
 * value ("—", "n/a", "none") states nothing.
 */
final class FieldClaims {
    private static final Pattern EMPTY = Pattern.compile("(?i)^\\s*(?:[-—–]+|n/?a|none|nothing|null|\\?|tbd|\\.\\.\\.)?\\s*$");
    private static final Pattern YES = Pattern.compile("(?i)^\\s*(?:yes|yep|y|true|✅|✔️?|ok|admitted|accepted|runs|fits)\\b|^\\s*[✅✔]");
    private static final Pattern NO = Pattern.compile("(?i)^\\s*(?:no|nope|n|false|❌|✖️?|rejected|refused|denied|fails?"
            + "|failed|not\\s+admitted|pending)\\b|^\\s*[❌✖✗]");
    private static final Pattern NUMA_IDS = Pattern.compile("(?i)\\b(?:NUMA|node|nodes|numa\\s*node)\\s*#?\\s*[\\[{(]?\\s*"
            + "(\\d{1,3}(?:\\s*(?:,|and|&|\\+)\\s*\\d{1,3})*)");
    private static final Pattern BARE_IDS = Pattern.compile("^\\s*[\\[{(]?\\s*(\\d{1,3}(?:\\s*(?:,|and|&|\\+)\\s*\\d{1,3})*)"
            + "\\s*[\\]})]?\\s*(?:$|[(;—–-]|\\s)");
    private static final Pattern DEVICE = DeviceIds.ID;
    private static final Pattern SHARED = Pattern.compile("(?i)\\b(?:shared|default\\s+(?:pool|cpuset|set)|pool|none\\s+exclusive)\\b");

    private FieldClaims() {
    }

    /** False when the value states nothing this field's reading finds (it may still be prose). */
    static boolean read(FieldKind kind, String value, ResultNames.Subject who, String quote, List<Claim> out) {
        if (EMPTY.matcher(value).matches()) {
            return true;
        }
        int before = out.size();
        String pod = who == null ? null : who.pod();
        String container = who == null ? null : who.container();
        switch (kind) {
            case VERDICT, REJECTED_QUESTION -> verdict(kind, value, pod, quote, out);
            case REASON -> reason(value, pod, quote, out);
            case MERGED_HINT -> MergedHintClaims.read("merged hint " + value, List.of(), who, out);
            case CPUS -> cpus(value, who, quote, out);
            case NUMA_SLICE -> slice(value, who, quote, out);
            case NUMA, CPU_NUMA, MEMORY_NUMA, DEVICE_NUMA, MEMORY -> numa(kind, value, pod, container, quote, out);
            case DEVICE -> devices(value, pod, container, quote, out);
            default -> throw new AssertionError(kind);
        }
        return out.size() > before;
    }

    private static void verdict(FieldKind kind, String value, String pod, String quote, List<Claim> out) {
        boolean yes = YES.matcher(value).find();
        boolean no = !yes && NO.matcher(value).find();
        if (!yes && !no) {
            return;
        }
        boolean admitted = yes == (kind == FieldKind.VERDICT);
        out.add(new Claim(admitted ? Claim.Kind.ADMITTED : Claim.Kind.REJECTED, pod, "", false, quote));
        if (!admitted) {
            reason(value, pod, quote, out);
        }
    }

    private static void reason(String value, String pod, String quote, List<Claim> out) {
        Matcher m = ClaimExtractor.REASON.matcher(value);
        if (m.find()) {
            out.add(new Claim(Claim.Kind.REASON, pod, m.group(1), false, quote));
        }
    }

    private static void cpus(String value, ResultNames.Subject who, String quote, List<Claim> out) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (SHARED.matcher(lower).find() && !lower.contains("exclusive")) {
            out.add(new Claim(Claim.Kind.EXCLUSIVE, who == null ? null : who.pod(), null, "", "false", false, quote));
            return;
        }
        // "24-27,72-75 (NUMA 1)": the ids before any NUMA or node mention; counts ("8 exclusive") are no ids.
        String ids = value.split("(?i)\\b(?:on\\s+)?(?:NUMA|node|socket)\\b")[0]
                .replaceAll("(?i)\\b\\d+\\s*(?:x\\s*)?(?:exclusive|logical|full|whole|physical|dedicated)?\\s*(?:CPUs?|cores?|threads?)\\b", " ")
                .replaceAll("(?i)\\(?\\s*(?:plus|\\+|and|with)\\s+(?:their|its|the)?\\s*(?:HT|SMT|hyper-?thread(?:ed)?|thread)?\\s*siblings?\\s*", ",")
                .replaceAll("(?i)\\b(?:CPUs?|cpuset|cores?|exclusive|logical|ids?)\\b", " ")
                .replaceAll("[()\\[\\]{}\"']", " ");
        Matcher m = Pattern.compile("^\\s*[:=]?\\s*(\\d[\\d\\s,–\\-]*(?:\\s*(?:and|to|through)\\s*[\\d\\s,–\\-]+)*)").matcher(ids);
        // "4" or "500m" in a CPUs column is how many, not which
        if (!m.find() || value.strip().matches("\\d+(?:\\.\\d+)?\\s*m?")) {
            return;
        }
        CpuSet set = CpuClaims.parse(m.group(1).strip().replaceAll("[,\\s]+$", ""));
        if (set != null && !set.isEmpty()) {
            out.add(ResultNames.claim(who, Claim.Kind.CPUS, "",
                    set.toString(), false, quote));
        }
        Matcher numa = NUMA_IDS.matcher(value);
        if (numa.find()) {
            out.add(ResultNames.claim(who, Claim.Kind.NUMA, "cpu",
                    ids(numa.group(1)), false, quote));
        }
    }

    /** "NUMA 1: 24–38 and 72–86": these CPUs are on NUMA node 1, and they are the subject's there. */
    private static void slice(String value, ResultNames.Subject who, String quote, List<Claim> out) {
        Matcher node = Pattern.compile("(\\d{1,2})\\s*$").matcher(quote.substring(0, quote.indexOf(':')));
        int before = out.size();
        cpus(value.replaceAll("(?i)\\b(?:NUMA|node|socket)\\b.*$", ""), who, quote, out);
        if (out.size() > before && node.find() && out.get(before).kind() == Claim.Kind.CPUS) {
            Claim c = out.get(before);
            // "slice": a listing per node, which may be the node's own CPUs ("NUMA 0: 0–15, 32–47") rather than a pod's
            out.set(before, new Claim(c.kind(), c.pod(), c.container(), "slice", c.value(), c.subset(), c.quote(), c.readings()));
            out.add(new Claim(Claim.Kind.CPU_AT, null, null, "", c.value() + "@" + node.group(1), false, quote));
        }
    }

    private static void numa(FieldKind kind, String value, String pod, String container, String quote, List<Claim> out) {
        Matcher m = NUMA_IDS.matcher(value);
        String ids = null;
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            all.append(m.group(1)).append(',');  // "NUMA 0 + NUMA 1"
        }
        if (all.length() > 0) {
            ids = ids(all.toString());
        } else if (kind != FieldKind.MEMORY) {
            Matcher bare = BARE_IDS.matcher(value);
            ids = bare.find() ? ids(bare.group(1)) : null;
        }
        if (ids == null) {
            return;
        }
        String resource = switch (kind) {
            case CPU_NUMA -> "cpu";
            case MEMORY_NUMA, MEMORY -> "memory";
            case DEVICE_NUMA -> "device";
            default -> "";
        };
        out.add(new Claim(Claim.Kind.NUMA, pod, container, resource, ids, false, quote));
    }

    private static void devices(String value, String pod, String container, String quote, List<Claim> out) {
        Matcher m = DEVICE.matcher(value);
        boolean any = false;
        while (m.find()) {
            any = true;
            out.add(new Claim(Claim.Kind.DEVICE, pod, container, "", m.group(1), false, quote));
        }
        Matcher numa = NUMA_IDS.matcher(value);
        if (any && numa.find()) {
            out.add(new Claim(Claim.Kind.NUMA, pod, container, "device", ids(numa.group(1)), false, quote));
        }
    }

    static String ids(String list) {
        TreeSet<Integer> out = new TreeSet<>();
        Matcher n = Pattern.compile("\\d+").matcher(list);
        while (n.find()) {
            out.add(Integer.parseInt(n.group()));
        }
        return String.join(",", out.stream().map(String::valueOf).toList());
    }
}
