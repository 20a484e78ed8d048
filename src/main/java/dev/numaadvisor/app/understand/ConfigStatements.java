package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads the kubelet settings a person names: policies, scope, options, reserved CPUs. */
final class ConfigStatements {
    private static final String IS = "\\s*(?:policy\\s*)?(?:is|=|:|set\\s+to|of|as|to)?\\s*";
    private static final Pattern BEST_EFFORT_QOS = p("\\b(?:best[\\s-]?effort)\\s+(?=pods?\\b|qos\\b|class\\b)");
    private static final Pattern TOPOLOGY_POLICY = p("(?:\\b(?:topology(?:\\s*manager)?|tm|topologymanagerpolicy)(?:\\s*policy)?" + IS + ")?"
            + "(?:\\bthe\\s+)?\\b(?<policy>single[\\s_-]?numa(?:[\\s_-]?node)?|best[\\s_-]?effort|restricted)\\b"
            // "a single NUMA node per socket" is the machine's shape, not the policy.
            + "(?!(?:[\\s_-]?nodes?)?\\s+(?:per|each|a|in\\s+each|on\\s+each)\\s+(?:socket|sock)\\b)"
            + "(?:\\s+(?:topology\\s*)?(?:manager\\s*)?polic(?:y|ies)\\b)?(?:\\s+topology\\s+manager)?");
    private static final Pattern TOPOLOGY_NONE = p("\\btopology(?:\\s*manager)?(?:\\s*policy)?" + IS + "none\\b"
            + "|\\bnone\\s+(?:topology\\s*(?:manager\\s*)?)?policy\\b|\\bno\\s+topology\\s+manager\\b"
            + "|\\b(?:topology\\s*manager|tm)\\s*(?:is\\s+)?(?:disabled|off)\\b|\\btopologymanagerpolicy\\s*[:=]?\\s*none\\b");
    private static final Pattern SCOPE = p("\\b(?<scope>pod|container)[\\s-]+(?:level\\s+)?scope\\b"
            + "|\\b(?:topology(?:\\s*manager)?\\s+)?scope\\s*(?:is|=|:|set\\s+to|of)?\\s*(?<scope2>pod|container)\\b"
            + "|\\btopologymanagerscope\\s*(?:[:=]|is|set\\s+to|to)?\\s*(?<scope3>pod|container)\\b");
    private static final Pattern CPU_POLICY = managerPolicy("cpu");
    private static final Pattern UNSET_OPTION = p("\\b(?:max-allowable-numa-nodes|prefer-closest-numa-nodes|full-pcpus-only)\\s+"
            + "(?:is\\s+|are\\s+)?(?:not\\s+set|unset|left\\s+(?:at\\s+)?(?:the\\s+)?default|off|disabled)\\b");
    private static final Pattern STATIC_BESIDE_POLICY = p("(?<!manager\\s)(?<!mgr\\s)(?<!policy\\s)(?<!is\\s)(?<![:=]\\s)(?<![:=])\\bstatic\\b(?=\\s*(?:\\+|&|,|and|with)\\s*(?:single|best|restricted)\\b)");
    private static final Pattern MEMORY_POLICY = managerPolicy("memory");
    private static final Pattern CPU_OPTION = p("\\b(?:(?:the|with|and)\\s+)?(?<o>full-pcpus-only|distribute-cpus-across-numa"
            + "|align-by-socket|distribute-cpus-across-cores|strict-cpu-reservation|prefer-align-cpus-by-uncorecache)"
            + "(?:\\s*[:=]\\s*\"?true\"?)?(?:\\s+(?:cpu\\s*manager\\s*)?(?:policy\\s*)?options?)?");
    private static final Pattern PREFER_CLOSEST = p("\\bprefer-closest-numa-nodes(?:\\s*[:=]\\s*\"?true\"?)?"
            + "(?:\\s+(?:topology\\s*manager\\s*)?(?:policy\\s*)?options?)?");
    private static final Pattern MAX_NUMA = p("\\bmax-allowable-numa-nodes\\s*[:=]?\\s*\"?(\\d+)\"?");
    private static final Pattern RESERVED = p("\\b(?:reserv(?:e|ed|ing)(?:\\s+system)?|reservedsystemcpus)\\s*"
            + "(?:cpus?|cores?)?\\s*(?:[:=]|to|of|as|are|is)?\\s*\"?(?<set>\\d+(?:(?:\\s*[-,]\\s*|,?\\s+and\\s+)\\d+"
            + "(?![\\w.])(?!\\s*(?:cores?|cpus?|threads?|sockets?|numa|[gm]i?b?\\b)))*)\"?"
            + "(?:\\s+(?:for|as)\\s+(?:the\\s+)?(?:system|os|kubelet|housekeeping))?");

    private ConfigStatements() {
    }

    /** "cpu manager static", "static cpu manager", "cpuManagerPolicy: none" and the same for memory. */
    private static Pattern managerPolicy(String manager) {
        return p("\\b" + manager + "\\s*(?:manager|mgr)(?:\\s*policy)?" + IS + "(?<v>static|none|off|disabled)\\b"
                + "|\\b(?<v2>static|none)\\s+" + manager + "\\s*(?:manager)?(?:\\s*policy)?\\b"
                + "|\\b" + manager + "managerpolicy\\s*[:=]?\\s*(?<v3>static|none)\\b");
    }

    /** The settings said; a setting said twice with different values keeps the first and adds to {@code clashes}. */
    static Map<String, Object> read(Utterance u, java.util.List<String> clashes) {
        Map<String, Object> config = new LinkedHashMap<>();
        Settings said = new Settings(config, clashes);
        // "a BestEffort pod" is a QoS class, not the Topology Manager policy: leave it to the pod reader.
        // "max-allowable-numa-nodes not set": the default, which is no setting to record.
        u.take(UNSET_OPTION, m -> { });
        // "static + single-numa-node": a bare static beside a topology policy is the CPU Manager's.
        u.take(STATIC_BESIDE_POLICY, m -> said.put(phrase(u, m), "cpuManagerPolicy", "static"));
        Utterance.Guard guard = u.protect(BEST_EFFORT_QOS);
        u.take(TOPOLOGY_POLICY, m -> said.put(phrase(u, m), "topologyManagerPolicy", policy(m.group("policy"))));
        guard.release();
        u.take(TOPOLOGY_NONE, m -> said.put(phrase(u, m), "topologyManagerPolicy", "none"));
        u.take(SCOPE, m -> said.put(phrase(u, m), "topologyManagerScope",
                first(m.group("scope"), m.group("scope2"), m.group("scope3"))));
        u.take(CPU_POLICY, m -> said.put(phrase(u, m), "cpuManagerPolicy",
                first(m.group("v"), m.group("v2"), m.group("v3")).equals("static") ? "static" : "none"));
        u.take(MEMORY_POLICY, m -> said.put(phrase(u, m), "memoryManagerPolicy",
                first(m.group("v"), m.group("v2"), m.group("v3")).equals("static") ? "Static" : "None"));
        Map<String, String> cpuOptions = new TreeMap<>();
        u.take(CPU_OPTION, m -> cpuOptions.put(m.group("o"), "true"));
        if (!cpuOptions.isEmpty()) {
            config.put("cpuManagerPolicyOptions", cpuOptions);
        }
        Map<String, String> topologyOptions = new TreeMap<>();
        u.take(PREFER_CLOSEST, m -> topologyOptions.put("prefer-closest-numa-nodes", "true"));
        u.take(MAX_NUMA, m -> topologyOptions.put("max-allowable-numa-nodes", m.group(1)));
        if (!topologyOptions.isEmpty()) {
            config.put("topologyManagerPolicyOptions", topologyOptions);
        }
        u.take(RESERVED, m -> said.put(phrase(u, m), "reservedSystemCPUs",
                m.group("set").replaceAll(",?\\s+and\\s+", ",").replaceAll("\\s+", "")));
        return config;
    }

    /** One setting per key: a second, different value is a clash to ask about, not a silent override. */
    private record Settings(Map<String, Object> config, java.util.List<String> clashes, Map<String, String> phrases) {
        Settings(Map<String, Object> config, java.util.List<String> clashes) {
            this(config, clashes, new TreeMap<>());
        }

        /** {@code phrase} is how the setting was said, so a clash quotes the user's own words. */
        void put(String phrase, String key, String value) {
            Object before = config.putIfAbsent(key, value);
            if (before == null) {
                phrases.put(key, phrase);
            } else if (!before.equals(value)) {
                clashes.add("'" + phrase.strip() + "' and '" + phrases.getOrDefault(key, key + " " + before).strip()
                        + "' disagree: which is it?");
            }
        }
    }

    private static String policy(String said) {
        String p = said.replaceAll("[\\s_]", "-");
        if (p.startsWith("single")) {
            return "single-numa-node";
        }
        return p.startsWith("best") ? "best-effort" : "restricted";
    }

    private static String phrase(Utterance u, java.util.regex.MatchResult m) {
        return u.originalOf(m.start(), m.end());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new AssertionError("a pattern matched without a value");
    }
}
