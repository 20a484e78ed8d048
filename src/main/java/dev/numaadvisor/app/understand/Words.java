package dev.numaadvisor.app.understand;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of the understanding step: number words, the domain words misspellings are
 * matched against, and the filler words that carry no fact (so leaving them unread loses
 * nothing). A word that is neither filler nor read into a fact is reported as not understood.
 */
final class Words {
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("sixteen", "16"), Map.entry("twenty", "20"),
            Map.entry("thirty-two", "32"), Map.entry("forty-eight", "48"), Map.entry("sixty-four", "64"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("sixty", "60"));

    /** Words whose misspellings are worth correcting: the ones facts hang on. */
    static final List<String> DOMAIN = List.of("single", "numa", "socket", "sockets", "core", "cores", "gpu",
            "gpus", "memory", "guaranteed", "burstable", "besteffort", "restricted", "effort", "hugepages",
            "hyperthreading", "container", "containers", "sidecar", "policy", "scope", "static", "reserved",
            "threads", "thread", "attached", "requests", "request", "limits", "limit", "manager", "topology",
            "machine", "server", "already", "pinned", "cpus", "vcpus", "nvidia", "asking", "second", "affinity",
            "hyper-threading", "hyperthreads", "allocated", "nodes", "node");

    /**
     * Words that state nothing on their own. Deliberately excludes numbers, units and every
     * word in {@link #DOMAIN}: a leftover holding one of those may have been a fact.
     */
    static final Set<String> FILLER = Set.copyOf(List.of("a", "an", "the", "i", "we", "you", "it", "its", "it's", "is", "are",
            "was", "were", "be", "been", "being", "am", "have", "has", "had", "got", "get", "gets", "getting", "with",
            "and", "or", "of", "on", "in", "at", "to", "for", "from", "by", "as", "so", "that", "this", "these",
            "those", "there", "here", "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "will",
            "would", "should", "could", "can", "may", "might", "must", "shall", "do", "does", "did", "done", "doing",
            "if", "then", "than", "but", "also", "too", "just", "only", "really", "very", "quite", "please", "thanks",
            "thank", "hi", "hello", "hey", "ok", "okay", "so,", "um", "uh", "well", "like", "basically", "actually",
            "currently", "now", "new", "our", "my", "me", "us", "your", "their", "them", "they", "he", "she", "his",
            "her", "some", "any", "each", "every", "all", "both", "either", "per", "into", "onto", "about", "around",
            "over", "under", "up", "down", "out", "off", "lets", "let's", "let", "say", "says", "said", "assume",
            "assuming", "suppose", "imagine", "given", "consider", "running", "run", "runs", "want", "wants",
            "need", "needs", "needed", "asks", "ask", "asking", "requesting", "requested", "wanting", "needing",
            "using", "uses", "use", "used", "which", "while", "where's", "what's", "whats", "happen", "happens",
            "happening", "admitted", "admit", "admits", "rejected", "reject", "fit", "fits", "fitting", "land",
            "lands", "placed", "place", "end", "ends", "go", "goes", "where", "will", "won't", "wont", "doesn't",
            "don't", "isn't", "aren't", "not", "no", "yes", "yeah", "setup", "set", "configured", "config",
            "configuration", "kubelet", "k8s", "kubernetes", "cluster", "worker", "box", "host", "machine", "server",
            "node", "nodes", "pod", "pods", "container", "containers", "workload", "one", "other", "another",
            "same", "different", "exactly", "total", "overall", "altogether", "together", "plus", "alongside",
            "attached", "local", "sitting", "hanging", "connected", "located", "plugged", "behind", "near",
            "close", "installed", "present", "available", "free", "there's", "theres", "i've", "ive", "we've",
            "im", "i'm", "we're", "were", "whether", "check", "tell", "show", "explain", "help", "question",
            "quick", "q", "qq", "daemons", "daemon", "housekeeping", "believe", "pretty", "sure", "roughly",
            "approximately", "honestly", "colleague", "colleagues", "told", "apparently", "probably", "mostly",
            "figured", "bear", "oh", "wait", "sorry", "misread", "mis-read", "older", "someone", "somebody", "matters",
            "far", "hw", "cfg", "dump", "stack", "monitoring", "flags", "grafana", "prometheus", "dashboard",
            "nvlink", "nvlink-local", "pcie", "e810", "cx6", "cx7", "connectx", "dgx", "hgx", "spr", "icx", "genoa",
            "milan", "rome", "stuff", "resources", "spec", "correction", "instance", "bare-metal", "fairly", "nobody", "hang", "hangs", "latency-sensitive", "hardware", "manifest", "chip", "evenly", "exposed", "exposes", "setting", "don", "doesn", "didn",
            "isn", "aren", "wasn", "weren", "won", "couldn", "wouldn", "shouldn", "haven", "hasn", "t", "ll", "ve", "re",
            "du", "cu", "cu-up", "vdu", "vcu", "vran", "ran", "5g", "kubectl", "describe", "shows", "showed", "reports",
            "cpu_manager_state", "memory_manager_state", "lscpu", "numactl", "btw", "fyi", "pls", "plz", "thx", "iirc", "afaik", "sanity", "trying", "try", "understand", "figure", "wondering", "wonder", "know", "think",
            "guess", "hoping", "hope", "expect", "expected", "expecting", "see", "look", "looking", "bare", "metal",
            "baremetal", "physical", "typical", "standard", "simple", "small", "big", "large", "latency",
            "sensitive", "app", "application", "service", "job", "inference", "trading", "telco", "training",
            "ml", "dpdk", "low", "high", "performance", "critical", "important", "prod", "production", "staging",
            "dev", "test", "env", "environment", "team", "folks", "guys", "gpu-bound", "cpu-bound", "still",
            "even", "though", "although", "because", "since", "anyway", "btw", "fyi", "imo", "tbh", "lol", "pls",
            "plz", "thx", "ty", "cheers", "again", "more", "less", "most", "least", "much", "many", "few", "lot",
            "bit", "kind", "sort", "type", "thing", "things", "stuff", "somewhere", "something", "anything",
            "everything", "nothing", "right", "correct", "correctly", "properly", "aligned", "alignment", "align",
            "straddle", "straddles", "split", "splits", "across", "between", "within", "inside", "outside",
            "together", "via", "through", "after", "before", "during", "once", "twice", "already", "yet",
            "each.", "apiece", "respectively", "etc", "e.g", "i.e", "eg", "ie", "x", "vs", "versus", "via",
            "happens?", "ok?", "fine", "good", "bad", "wrong", "issue", "problem", "problems", "error", "errors",
            "fails", "fail", "failing", "failed", "works", "work", "working", "breaks", "broken", "why?", "how?",
            "exclusive", "exclusively", "dedicated", "isolated", "whole", "full", "entire", "entirely", "same?",
            "able", "going", "gonna", "wanna", "whats", "which?", "get?", "land?", "pinned?", "admitted?",
            "enabled", "turned", "switched", "instead", "switch", "change", "make", "turn", "add", "also", "first",
            "second", "mode", "spread", "called", "named", "main", "resource", "policy", "policies", "bios", "ve", "s",
            "re", "ll", "d", "t", "m", "tm", "pinned", "priority", "cpumanagerpolicyoptions",
            "topologymanagerpolicyoptions", "option", "options", "said", "says", "file", "mgr", "manager", "qos",
            "class", "numa-aware", "aware", "hyperthreaded", "each,", "apiece,", "one,", "ones", "it'll", "that's", "sidecar", "sidecars", "init", "epyc", "xeon", "xeons", "intel",
            "amd", "ampere", "graviton", "grace", "nvidia", "dell", "hp", "hpe", "supermicro", "lenovo", "genoa", "milan",
            "rome", "turin", "sapphire", "rapids", "emerald", "granite", "ice", "lake", "cascade", "skylake", "dgx",
            "hgx", "mellanox", "connectx", "deployed", "deploy", "schedule", "scheduled", "scheduler", "lands?"));

    private Words() {
    }

    /** One token as the readers see it. */
    static String normalise(String token, List<String> corrections) {
        if (Character.isDigit(token.charAt(0))) {
            return quantityCase(token);
        }
        String lower = token.toLowerCase(Locale.ROOT);
        String number = NUMBERS.get(lower);
        if (number != null) {
            return number;
        }
        int dash = lower.indexOf('-');
        if (dash > 0 && NUMBERS.containsKey(lower.substring(0, dash))) {
            // "two-socket", "four-way": the count as digits, the rest as said.
            return NUMBERS.get(lower.substring(0, dash)) + lower.substring(dash);
        }
        String corrected = correct(lower);
        if (!corrected.equals(lower)) {
            corrections.add("\"" + token + "\" as \"" + corrected + "\"");
        }
        return corrected;
    }

    /**
     * Keeps the case of a quantity's suffix where Kubernetes gives it meaning ({@code 500m} CPU
     * versus {@code 500M} bytes); every other suffix is lower-cased ({@code 16GI} = {@code 16gi}).
     */
    private static String quantityCase(String token) {
        int i = 0;
        while (i < token.length() && (Character.isDigit(token.charAt(i)) || token.charAt(i) == '.')) {
            i++;
        }
        String suffix = token.substring(i);
        if (suffix.equals("m") || suffix.equals("M")) {
            return token;
        }
        return token.substring(0, i) + suffix.toLowerCase(Locale.ROOT);
    }

    /** A misspelt domain word ("singel", "guarenteed", "hugepags") read as the word it is closest to. */
    private static String correct(String word) {
        if (word.length() < 5 || FILLER.contains(word) || DOMAIN.contains(word) || !word.matches("[a-z]+")) {
            return word;
        }
        String best = word;
        int bestDistance = word.length() >= 9 ? 3 : 2;
        for (String d : DOMAIN) {
            int distance = Typos.distance(word, d);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }
}
