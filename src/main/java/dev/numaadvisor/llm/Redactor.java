package dev.numaadvisor.llm;

import dev.numaadvisor.app.check.PastedNames;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.rule.Rule;
import dev.numaadvisor.core.rule.RuleRegistry;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces node names, hostnames, IPs (v4 and v6), MAC addresses, serial numbers, pod and
 * namespace names with stable placeholders (NODE-1, HOST-1, IP-1, MAC-1, SERIAL-1, POD-1, NS-1)
 * before text leaves the machine, and puts the originals back in what the user sees and in tool
 * arguments. Names come from the session, from pastes the project parses ({@link PastedNames})
 * and from patterns; rule ids and names, field names, config keys and command syntax are never
 * names. The same value always maps to the same placeholder within one redactor (one per
 * session). Disabled, both directions are the identity.
 */
public final class Redactor {
    private static final Pattern IPV4 = Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:/\\d{1,2})?\\b");
    // Candidates only: replaceIpv6 keeps those with "::" or at least five colons (not 10:30:00).
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![\\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\\w:])");
    // At least three labels and a real top-level domain: worker-3.dc1.example.com, not pod.NAME.cpu.
    private static final Pattern FQDN = Pattern.compile("(?i)\\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
            + "(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?){1,}\\.(?:com|net|org|io|local|internal|lan|corp|intra|cloud"
            + "|dev|info|biz|edu|gov|mil|int|home|private|cluster|svc|[a-z]{2})\\b(?![/\\w.=-])");
    private static final Pattern MAC = Pattern.compile("(?i)\\b(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}\\b");
    private static final Pattern YAML_NAME = Pattern.compile(
            "\\b(name|namespace|nodeName|hostname|hostName)(\"?\\s*:\\s*[\"']?)([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern PROSE_NAME = Pattern.compile(
            "(?i)(?<!numa )\\b(node|host|pod|namespace)(\\s+[\"'`]?)([a-z0-9][a-z0-9.-]*[a-z0-9])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b(?:NODE|HOST|IP|POD|NS|MAC|SERIAL)-\\d+\\b");
    /** Words after "namespace" that are English, not a namespace's name. */
    private static final Set<String> STOP_WORDS = Set.of("is", "and", "the", "of", "a", "an", "in", "for", "with",
            "to", "that", "this", "or", "as", "name", "names", "field", "scope", "level", "it", "has", "was");
    /** Names so common they say nothing about a cluster: hidden where they stand as names, not everywhere. */
    private static final Set<String> GENERIC = Set.of("app", "web", "api", "db", "job", "main", "test", "server",
            "worker", "cache", "frontend", "backend", "sidecar", "init", "proxy", "gpu", "cpu");
    /** Rule ids and names: findings carry them as "name" fields, and they name no one's pod. */
    private static final Set<String> RULE_WORDS = ruleWords();
    /** Kubernetes vocabulary that looks like a name but says nothing about the user's cluster. */
    private static final Set<String> VOCABULARY = Set.of("none", "best-effort", "restricted", "single-numa-node",
            "static", "guaranteed", "burstable", "besteffort", "session", "container", "pod", "default");
    private static final Set<String> API_DOMAINS = Set.of("k8s.io", "kubernetes.io", "nvidia.com", "intel.com",
            "amd.com", "x-k8s.io", "openai.com", "anthropic.com");

    private final boolean enabled;
    private final Map<String, String> toPlaceholder = new LinkedHashMap<>();
    private final Map<String, String> toOriginal = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    public Redactor(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    private static Set<String> ruleWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Rule r : RuleRegistry.standard().rules()) {
            out.add(r.info().id().toLowerCase(Locale.ROOT));
            out.add(r.info().name().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Learns the names a paste reveals (kubectl describe node: node, addresses, serials, pods, namespaces). */
    public void learnText(String text) {
        if (!enabled || text == null) {
            return;
        }
        for (PastedNames.Name n : PastedNames.of(text)) {
            if (isName(n.value(), false) || n.kind().equals("IP") || n.kind().equals("SERIAL")) {
                placeholder(n.kind(), n.value());
            }
        }
    }

    /** Learns the session's pod names and namespaces so they are redacted wherever they appear. */
    public void learn(Session session) {
        if (!enabled) {
            return;
        }
        for (ScenarioPod pod : session.pods()) {
            placeholder("POD", pod.name());
            if (pod.namespace() != null) {
                placeholder("NS", pod.namespace());
            }
        }
    }

    /** The text with every sensitive value replaced by its placeholder. */
    public String redact(String text) {
        if (!enabled || text == null) {
            return text;
        }
        learnText(text);
        String out = replaceKnown(text);
        out = replaceAll(out, MAC, 0, "MAC");
        out = replaceAll(out, IPV4, 0, "IP");
        out = replaceIpv6(out);
        out = replaceFqdns(out);
        out = replaceNamed(out, YAML_NAME);
        out = replaceNamed(out, PROSE_NAME);
        return replaceKnown(out);
    }

    /** The text with every placeholder this redactor issued put back. */
    public String restore(String text) {
        if (!enabled || text == null || toOriginal.isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String original = toOriginal.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(original == null ? m.group() : original));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Original → placeholder, for /context (the originals stay on this machine). */
    public Map<String, String> mapping() {
        return Map.copyOf(toPlaceholder);
    }

    private String replaceAll(String text, Pattern p, int group, String kind) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(placeholder(kind, m.group(group))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String replaceIpv6(String text) {
        Matcher m = IPV6.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = m.group();
            long colons = v.chars().filter(c -> c == ':').count();
            boolean ip = (v.contains("::") || colons >= 5) && v.matches("(?i).*[0-9a-f].*");
            m.appendReplacement(sb, Matcher.quoteReplacement(ip ? placeholder("IP", v) : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String replaceFqdns(String text) {
        Matcher m = FQDN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String host = m.group();
            boolean api = API_DOMAINS.stream().anyMatch(d -> host.toLowerCase(Locale.ROOT).endsWith(d));
            boolean file = host.matches("(?i).*\\.(ya?ml|json|md|txt|sh|conf|log|java)$");
            String rep = api || file || PLACEHOLDER.matcher(host).matches() ? host : placeholder("HOST", host);
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String replaceNamed(String text, Pattern p) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String keyword = m.group(1);
            String value = m.group(3);
            String rep = m.group();
            boolean namespace = keyword.equalsIgnoreCase("namespace") && p == PROSE_NAME
                    && !STOP_WORDS.contains(value.toLowerCase(Locale.ROOT));
            boolean known = toPlaceholder.containsKey(value);
            if (known || (namespace ? isName(value, false) : isName(value, p == PROSE_NAME))) {
                rep = keyword + m.group(2) + placeholder(kindOf(keyword), value);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Known values anywhere in the text, longest first so "gpu-pod-2" is not cut by "gpu-pod". */
    private String replaceKnown(String text) {
        List<String> known = new ArrayList<>(toPlaceholder.keySet());
        known.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String k : known) {
            if (k.length() < 3 || GENERIC.contains(k.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out = out.replaceAll("(?<![\\w.-])" + Pattern.quote(k) + "(?![\\w-]|\\.\\w)",
                    Matcher.quoteReplacement(toPlaceholder.get(k)));
        }
        return out;
    }

    private static boolean isName(String value, boolean prose) {
        String v = value.toLowerCase(Locale.ROOT);
        // Kubernetes names are lower case (RFC 1123): "reservedSystemCPUs" or "TopologyAffinityError" is a key.
        if (VOCABULARY.contains(v) || RULE_WORDS.contains(v) || PLACEHOLDER.matcher(value).matches()
                || v.startsWith("numa-") || !v.matches(".*[a-z].*") || !value.equals(v)) {
            return false;
        }
        // In prose "node with" or "pod asking" are words; a name carries a digit or a hyphen.
        return !prose || v.matches(".*[0-9-].*");
    }

    private static String kindOf(String keyword) {
        switch (keyword.toLowerCase(Locale.ROOT)) {
            case "node":
            case "nodename":
                return "NODE";
            case "host":
            case "hostname":
                return "HOST";
            case "namespace":
                return "NS";
            default:
                return "POD";
        }
    }

    private String placeholder(String kind, String original) {
        String existing = toPlaceholder.get(original);
        if (existing != null) {
            return existing;
        }
        if (toOriginal.containsKey(original)) {
            return original;
        }
        int n = counters.merge(kind, 1, Integer::sum);
        String p = kind + "-" + n;
        toPlaceholder.put(original, p);
        toOriginal.put(p, original);
        return p;
    }
}
