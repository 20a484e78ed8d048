package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.COUNT;
import static dev.numaadvisor.app.understand.Lexicon.DEVICE;
import static dev.numaadvisor.app.understand.Lexicon.p;

import dev.numaadvisor.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pods in the stretches about pods: one pod per "pod" said (a stretch that adds no
 * resource belongs to the pod before it), containers within a pod ("a sidecar with 1 CPU"),
 * requests and limits within a container, and each amount.
 */
final class PodStatements {
    private static final Pattern POD_START = p("\\b(?:(?:another|second|2nd|other|third)\\s+)?pod\\b(?!\\s*scope)");
    private static final Pattern CONTAINER_START = p("\\b(?:(?:a|an|one|another|second|2nd|other|init)\\s+)?"
            + "(?:sidecar|container)\\b");
    private static final Pattern LIMITS = p("\\b(?:limits?|lim)\\b(?:\\s+(?:of|at|to|are|is|set\\s+to))?|\\bcapped\\s+at\\b|\\bmax(?:imum)?\\b");
    private static final Pattern REQUESTS = p("\\b(?:requests?|req)\\b(?:\\s+(?:of|are|is))?|\\basks?\\s+for\\b|\\basking\\s+for\\b");
    private static final Pattern NO_LIMITS = p("\\b(?:no|without(?:\\s+any)?|zero)\\s+limits?\\b|\\blimits?\\s*(?:[:=]\\s*)?(?:none|unset)\\b");
    private static final Pattern LIMITS_EQUAL = p("\\blimits?\\s+(?:equal\\s+(?:to\\s+)?|=\\s*|same\\s+as\\s+|match(?:ing)?\\s+)(?:the\\s+)?requests?\\b"
            + "|\\brequests?\\s*(?:=|equal(?:\\s+to)?|==)\\s*limits?\\b"
            + "|\\blimits?\\s+(?:are\\s+|is\\s+)?(?:the\\s+)?same(?:\\s+as\\s+(?:the\\s+)?requests?)?\\b|\\bsame\\s+limits?\\b");
    private static final Pattern QOS = p("\\b(?<q>guaranteed|burstable|best[\\s-]?effort)\\b(?:\\s+(?:qos(?:\\s+class)?|class))?"
            + "|\\bqos\\s*(?:class)?\\s*(?:is|=|:|of)?\\s*(?<q2>guaranteed|burstable|best[\\s-]?effort)\\b");
    private static final Pattern NAME = p("\\bpod\\s+(?:is|was)\\s+(?:named|called)\\s+[\"']?(?<n9>[a-z][a-z0-9.-]*[a-z0-9])"
            + "|\\bpod\\s*(?:named|called|name[:=]?)\\s*[\"']?\\s*(?<n>[a-z0-9][a-z0-9.-]*)\\s*[\"']?"
            + "|\\bpod\\s*:?\\s*[\"'](?<n2>[^\"']+)[\"']|\\bpod\\s*:\\s*(?<n5>[a-z][a-z0-9-]*)\\b(?!\\s*[:=])|(?<=\\badd\\s)(?<n3>[a-z][a-z0-9-]*)\\b|\\bpod\\s+(?<n4>[a-z][a-z0-9-]*)\\b"
            + "|\\b(?:my|our|the|their|your)\\s+(?<n6>[a-z][a-z0-9.-]*[a-z0-9])\\s+pod\\b"
            + "|\\b(?:deploy(?:ment)?|statefulset|daemonset|job|workload)\\s*:?\\s*[\"']\\s*(?<n8>[a-z][a-z0-9.-]*[a-z0-9])\\s*[\"']"
            + "|\\bpod\\s*,\\s*(?:which\\s+(?:i|we)(?:'ve|\\s+have)?\\s+(?:named|called)\\s+)?(?<n10>[a-z][a-z0-9.-]*-[a-z0-9.-]*[a-z0-9])\\s*,"
            + "|\\b(?:deployment|statefulset|daemonset|job)\\s+(?<n7>[a-z][a-z0-9.-]*[a-z0-9])\\s*'\\s*s\\s+pod\\b");
    private static final Pattern COPIES = p("\\b(?<n>\\d+)\\s+(?:such\\s+|identical\\s+|similar\\s+|more\\s+|copies\\s+of\\s+(?:the\\s+|this\\s+)?)?"
            + "(?:pods|replicas)\\b|\\breplicas\\s*[:=]\\s*(?<n2>\\d+)");
    private static final Pattern CONTAINER_NAME = p("\\b(?:container|sidecar)\\s*(?:named|called)\\s*\"?(?<n>[a-z0-9][a-z0-9.-]*)\"?");
    private static final Pattern MILLI = p("\\b(\\d+)\\s*(?:m\\b|millicores?|millicpus?|milli-?cpus?|mcpus?)(?:\\s+(?:of\\s+)?(?:cpus?|vcpus?|cores?))?");
    private static final Pattern CPU_COUNT = p("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*(?:x\\s*)?(?:exclusive\\s+|dedicated\\s+|whole\\s+|full\\s+"
            + "|physical\\s+|pinned\\s+|integer\\s+|guaranteed\\s+|isolated\\s+)?(?:v?cpus?|cores?|vcores?|processors?|cpu\\s+cores?|c)\\b");
    private static final Pattern CPU_KEY = p("\\b(?:cpus?|vcpus?|cores?)\\s*[:=]?\\s*\"?(\\d+(?:\\.\\d+)?m?)\"?(?![\\w.])");
    private static final String HUGE = "(?<size>1\\s?gi?b?|2\\s?mi?b?|2\\s?M)";
    private static final Pattern HUGEPAGES = p(Amounts.BYTES + "\\s*(?:of\\s+)?" + HUGE + "\\s*-?\\s*huge\\s*-?pages?"
            + "|\\bhugepages?-(?<size2>1gi|2mi)\\s*[:=]?\\s*" + Amounts.bytesNamed("2")
            + "|" + Amounts.bytesNamed("3") + "\\s*(?:of\\s+)?huge\\s*-?pages?\\s*"
            + "(?:of\\s+|\\(|with\\s+)?(?:size\\s+)?" + HUGE.replace("size", "size3") + "\\)?(?:\\s*pages?)?"
            + "|\\b(?<count>\\d+)\\s*(?:x\\s*)?" + HUGE.replace("size", "size4") + "\\s*-?\\s*huge\\s*-?pages?"
            + "|" + Amounts.bytesNamed("5") + "\\s*(?:of\\s+)?hugepages?-(?<size5>1gi|2mi)");
    private static final Pattern MEMORY = p(Amounts.BYTES + "(?:\\s+(?:of\\s+)?(?:memory|ram|mem))?"
            + "|\\b(?:memory|mem|ram)\\s*(?:of\\s+)?[:=]?\\s*\"?" + Amounts.bytesNamed("2") + "\"?");
    private static final Pattern DEVICE_COUNT = p("(?:" + COUNT + "\\s+|(?<![\\w.])(?<glued>\\d+)(?=[a-z]))(?:more\\s+|extra\\s+)?(?<dev>"
            + DEVICE + ")(?![\\w/.@-])");
    private static final Pattern DEVICE_KEY = p("(?<dev>" + DEVICE + ")\\s*[:=]?\\s*\"?(?<n>\\d+)\"?(?![\\w.@])");
    private static final Pattern DEVICE_BARE = p("(?<![\\w.])(?<dev>" + DEVICE + ")(?![\\w/.@-])");

    /** "two pods:" or "two guaranteed pods:", then one named pod after another. */
    private static final Pattern LIST_HEADER = p("\\b\\d+\\s+(?:(?<q>guaranteed|burstable)\\s+)?pods\\s*:");
    private static final Pattern LIST_ITEM = p("(?:^|,|;|\\band\\b|\\bthen\\b)\\s*(?:(?:and|then|,)\\s+)*(?<name>[a-z][a-z0-9-]*)"
            + "\\s*(?=\\d|\\(|with\\b|asks?\\b|asking\\b|needs?\\b|:)");
    private static final Pattern CONTAINER_COUNT = p("\\b\\d+\\s+containers\\b");
    /** One item of "N containers: name amounts, and name amounts": the name, then a number. */
    private static final Pattern CONTAINER_ITEM = p("(?:(?<=:)|(?<=;)|(?<=,)|\\band\\b)\\s*(?:(?:a|an|the)\\s+)?"
            + "(?<name>[a-z][a-z0-9-]*(?:\\s+[a-z][a-z0-9-]*)?)\\s*(?:=|:)?\\s*(?=\\d)");
    private static final Pattern EACH = p("\\b(?:each|apiece|a\\s+piece)\\b");

    private PodStatements() {
    }

    /** Puts an amount, unless the same resource was already given another amount in this part. */
    private static void put(Map<String, Quantity> into, String resource, Quantity q, Utterance u, Matcher m,
                            List<String> clashes) {
        Quantity before = into.get(resource);
        if (before != null && before.compareTo(q) != 0) {
            clashes.add("'" + u.originalOf(m.start(), m.end()) + "' and '" + resource + " " + before
                    + "' disagree: which is it?");
            return;
        }
        into.put(resource, q);
    }

    /** The pods said in [from, to); their phrases are taken from {@code u}. */
    static List<StatedPod> read(Utterance u, int from, int to, List<String> clashes) {
        List<StatedPod> listed = listed(u, from, to, clashes);
        if (listed != null) {
            return listed;
        }
        List<StatedPod> pods = new ArrayList<>();
        for (int[] piece : podPieces(u, from, to)) {
            StatedPod pod = pod(u, piece[0], piece[1], clashes);
            if (pod.isEmpty() && !pods.isEmpty() && (pod.name() == null || pods.get(pods.size() - 1).name() == null)) {
                // "The pod is Guaranteed." after its resources: the same pod again.
                StatedPod before = pods.remove(pods.size() - 1);
                pods.add(new StatedPod(before.name() != null ? before.name() : pod.name(),
                        before.qos() != null ? before.qos() : pod.qos(), before.containers(),
                        Math.max(before.copies(), pod.copies())));
            } else if (!pods.isEmpty() && pods.get(pods.size() - 1).isEmpty()) {
                StatedPod before = pods.remove(pods.size() - 1);
                pods.add(new StatedPod(pod.name() != null ? pod.name() : before.name(),
                        pod.qos() != null ? pod.qos() : before.qos(), pod.containers(), Math.max(before.copies(), pod.copies())));
            } else {
                pods.add(pod);
            }
        }
        return pods;
    }

    /** "two pods: trader 8 cpu 16Gi 1 gpu, and risk 4 cpu 8Gi": null unless the stretch is such a list. */
    private static List<StatedPod> listed(Utterance u, int from, int to, List<String> clashes) {
        Matcher h = LIST_HEADER.matcher(u.masked());
        h.region(from, to);
        if (!h.find()) {
            return null;
        }
        List<int[]> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = LIST_ITEM.matcher(u.masked());
        m.region(h.end(), to);
        while (m.find()) {
            if (isName(m.group("name"))) {
                items.add(new int[] {m.start("name"), m.end("name")});
                names.add(m.group("name"));
            }
        }
        if (items.size() < 2) {
            return null;
        }
        String qos = h.group("q") == null ? null : qos(h.group("q"));
        u.mark(h.start(), h.end());
        List<StatedPod> pods = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            u.mark(items.get(i)[0], items.get(i)[1]);
            int end = i + 1 < items.size() ? items.get(i + 1)[0] : to;
            StatedPod p = pod(u, items.get(i)[1], end, clashes);
            pods.add(new StatedPod(names.get(i), p.qos() != null ? p.qos() : qos, p.containers(), p.copies()));
        }
        return pods;
    }

    private static StatedPod pod(Utterance u, int from, int to, List<String> clashes) {
        String[] qos = {null};
        u.takeWithin(QOS, from, to, m -> qos[0] = qos(m.group("q") != null ? m.group("q") : m.group("q2")));
        String[] name = {null};
        u.find(NAME, from, to, m -> {
            String n = first(m, "n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10");
            boolean explicit = m.group("n") != null || m.group("n2") != null || m.group("n8") != null || m.group("n9") != null;
            if (name[0] == null && (explicit ? !n.isBlank() : isName(n) && (m.group("n6") == null || !DESCRIBING.contains(n)))) {
                name[0] = n.strip();
                u.mark(m.start(), m.end());
            }
        });
        int[] copies = {1};
        u.takeWithin(COPIES, from, to, m -> {
            if (!u.masked().substring(m.end()).matches("(?s)\\s*:.*")) {
                copies[0] = Integer.parseInt(first(m, "n", "n2"));
            }
        });
        int[] containerCount = {0};
        int[] listFrom = {-1};
        u.takeWithin(CONTAINER_COUNT, from, to, m -> {
            containerCount[0] = Integer.parseInt(m.group().replaceAll("\\D+", ""));
            if (u.masked().substring(m.end(), to).matches("(?s)\\s*:.*")) {
                listFrom[0] = m.end();
            }
        });
        List<int[]> pieces = pieces(u, CONTAINER_START, from, to);
        List<String> itemNames = new ArrayList<>();
        if (containerCount[0] > 1 && listFrom[0] >= 0) {
            // "two containers: dpdk-worker 10 CPU …, and a metrics exporter 500m …", "learner = 16 CPUs …; actor = 8 CPUs …".
            List<int[]> items = new ArrayList<>();
            Matcher item = CONTAINER_ITEM.matcher(u.masked());
            item.region(listFrom[0], to);
            while (item.find()) {
                items.add(new int[] {item.start(), item.start("name"), item.end("name")});
            }
            if (items.size() == containerCount[0]) {
                pieces = new ArrayList<>();
                pieces.add(new int[] {from, items.get(0)[0]});
                for (int i = 0; i < items.size(); i++) {
                    pieces.add(new int[] {items.get(i)[0], i + 1 < items.size() ? items.get(i + 1)[0] : to});
                    itemNames.add(u.masked().substring(items.get(i)[1], items.get(i)[2]).replaceAll("\\s+", "-"));
                    u.mark(items.get(i)[1], items.get(i)[2]);
                }
            }
        }
        List<StatedContainer> containers = new ArrayList<>();
        for (int[] piece : pieces) {
            StatedContainer c = container(u, piece[0], piece[1], containers.size(), clashes);
            if (c.isEmpty() && !c.limitsStated() && !containers.isEmpty()) {
                continue;
            }
            containers.add(c);
        }
        if (containers.size() > 1 && containers.get(0).isEmpty() && !containers.get(0).limitsStated()) {
            // "a pod with two containers: app … and sidecar …": the words before the first container state none.
            containers.remove(0);
        }
        if (itemNames.size() == containers.size()) {
            for (int i = 0; i < containers.size(); i++) {
                StatedContainer c = containers.get(i);
                containers.set(i, new StatedContainer(itemNames.get(i), c.requests(), c.limits(), c.limitsStated()));
            }
        }
        if (containerCount[0] > 1 && containers.size() == 1 && EACH.matcher(u.masked().substring(from, to)).find()) {
            // "a pod with 2 containers, 3 cpu 6Gi each": that many containers of those amounts.
            StatedContainer one = containers.get(0);
            for (int i = 2; i <= containerCount[0]; i++) {
                containers.add(new StatedContainer(one.name() + "-" + i, one.requests(), one.limits(), one.limitsStated()));
            }
        }
        return new StatedPod(name[0], qos[0], containers, copies[0]);
    }

    private static StatedContainer container(Utterance u, int from, int to, int index, List<String> clashes) {
        String[] name = {index == 0 ? "app" : "sidecar"};
        u.takeWithin(CONTAINER_NAME, from, to, m -> name[0] = m.group("n"));
        if (index > 0 && !u.originalOf(from, to).toLowerCase(java.util.Locale.ROOT).contains("sidecar")) {
            name[0] = name[0].equals("sidecar") ? "app-" + (index + 1) : name[0];
        }
        boolean[] limitsStated = {false};
        boolean[] equal = {false};
        u.takeWithin(NO_LIMITS, from, to, m -> limitsStated[0] = true);
        u.takeWithin(LIMITS_EQUAL, from, to, m -> equal[0] = true);
        Map<String, Quantity> requests = new TreeMap<>();
        Map<String, Quantity> limits = new TreeMap<>();
        // The part before "limits" states requests; after it, limits, until "requests" is said again.
        List<int[]> parts = new ArrayList<>();
        List<Boolean> isLimit = new ArrayList<>();
        int start = from;
        boolean limit = false;
        Matcher lm = p(LIMITS.pattern() + "|(?<req>" + REQUESTS.pattern() + ")").matcher(u.masked());
        lm.region(from, to);
        while (lm.find()) {
            boolean nowLimit = lm.group("req") == null;
            parts.add(new int[] {start, lm.start()});
            isLimit.add(limit);
            u.mark(lm.start(), lm.end());
            start = lm.end();
            limit = nowLimit;
            limitsStated[0] |= nowLimit;
        }
        parts.add(new int[] {start, to});
        isLimit.add(limit);
        for (int i = 0; i < parts.size(); i++) {
            amounts(u, parts.get(i)[0], parts.get(i)[1], isLimit.get(i) ? limits : requests, clashes);
        }
        if (equal[0]) {
            limits.putAll(requests);
            limitsStated[0] = true;
        }
        return new StatedContainer(name[0], requests, limits, limitsStated[0]);
    }

    private static void amounts(Utterance u, int from, int to, Map<String, Quantity> into, List<String> clashes) {
        u.takeWithin(MILLI, from, to, m -> put(into, "cpu", Quantity.parse(m.group(1) + "m"), u, m, clashes));
        u.takeWithin(HUGEPAGES, from, to, m -> hugepages(m, into));
        u.takeWithin(CPU_COUNT, from, to, m -> put(into, "cpu", Amounts.cpu(m.group(1)), u, m, clashes));
        u.takeWithin(DEVICE_COUNT, from, to, m -> into.merge(Lexicon.resource(m.group("dev")),
                Quantity.parse(Integer.toString(Amounts.count(m.group(1) != null ? m.group(1) : m.group("glued")))),
                PodStatements::sum));
        u.takeWithin(DEVICE_KEY, from, to, m -> into.put(Lexicon.resource(m.group("dev")), Quantity.parse(m.group("n"))));
        u.takeWithin(MEMORY, from, to, m -> put(into, "memory", m.group(1) != null ? Amounts.bytes(m.group(1), m.group(2))
                : Amounts.bytes(m.group("n2"), m.group("u2")), u, m, clashes));
        u.takeWithin(CPU_KEY, from, to, m -> put(into, "cpu", Amounts.cpu(m.group(1)), u, m, clashes));
        // "and one GPU" was read above; "plus GPU" with no count asks for one.
        u.takeWithin(DEVICE_BARE, from, to, m -> into.putIfAbsent(Lexicon.resource(m.group("dev")), Quantity.parse("1")));
    }

    private static Quantity sum(Quantity a, Quantity b) {
        return Quantity.parse(Long.toString(a.value() + b.value()));
    }

    private static void hugepages(Matcher m, Map<String, Quantity> into) {
        if (m.group("count") != null) {
            String resource = Amounts.hugepageResource(m.group("size4"));
            long count = Long.parseLong(m.group("count"));
            into.put(resource, Quantity.parse(resource.endsWith("1Gi") ? count + "Gi" : count * 2 + "Mi"));
        } else if (m.group("size2") != null) {
            into.put(Amounts.hugepageResource(m.group("size2")), Amounts.bytes(m.group("n2"), m.group("u2")));
        } else if (m.group("size5") != null) {
            into.put(Amounts.hugepageResource(m.group("size5")), Amounts.bytes(m.group("n5"), m.group("u5")));
        } else if (m.group("size3") != null) {
            into.put(Amounts.hugepageResource(m.group("size3")), Amounts.bytes(m.group("n3"), m.group("u3")));
        } else {
            into.put(Amounts.hugepageResource(m.group("size")), Amounts.bytes(m.group(1), m.group(2)));
        }
    }

    /**
     * Pieces cut before each "pod" said, except that what comes before the first plain "pod"
     * ("16Gi and 8 cpus for the pod, plus one GPU") belongs to that pod.
     */
    private static List<int[]> podPieces(Utterance u, int from, int to) {
        List<int[]> out = pieces(u, POD_START, from, to);
        if (out.size() > 1 && out.get(0)[0] == from) {
            String second = u.masked().substring(out.get(1)[0], Math.min(out.get(1)[1], out.get(1)[0] + 4));
            boolean before = !POD_START.matcher(u.masked().substring(from, out.get(0)[1])).lookingAt();
            if (before && second.toLowerCase(java.util.Locale.ROOT).startsWith("pod")) {
                out.set(1, new int[] {out.get(0)[0], out.get(1)[1]});
                out.remove(0);
            }
        }
        return out;
    }

    /** [from, to) cut before each match of {@code start} (the first piece may be empty of markers). */
    private static List<int[]> pieces(Utterance u, Pattern start, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = start.matcher(u.masked());
        m.region(from, to);
        int at = from;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new int[] {at, m.start()});
            }
            at = m.start();
        }
        out.add(new int[] {at, to});
        return out;
    }

    /** Words that describe a pod rather than name it: "the other pod", "my new pod". */
    private static final java.util.Set<String> DESCRIBING = java.util.Set.of("same", "other", "first", "second", "third", "last",
            "next", "new", "old", "previous", "big", "small", "large", "whole", "entire", "single", "only", "test",
            "latency-sensitive", "critical", "main", "app", "application", "workload", "sidecar", "init", "exclusive", "pinned");

    private static boolean isName(String word) {
        return word != null && !Words.FILLER.contains(word) && !Words.DOMAIN.contains(word)
                && !word.matches("\\d.*|asks?|asking|requests?|requesting|needs?|needing|wants?|wanting|guaranteed|burstable"
                + "|besteffort|best-effort|gets?|got|has|with|that|which|of|for|on|is|takes?|taking|uses?|using|spec|resources"
                + "|qos|cpu|cpus|mem|memory|gpu|gpus|limits?|scope|and|or|level|add|list|remove");
    }

    private static String qos(String word) {
        if (word.startsWith("g")) {
            return "Guaranteed";
        }
        return word.startsWith("bu") ? "Burstable" : "BestEffort";
    }

    private static String first(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new AssertionError("no group matched in " + m.group());
    }
}
