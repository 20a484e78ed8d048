package dev.numaadvisor.app.understand;

import java.util.regex.Pattern;

/** Regular-expression pieces every reader shares: counts, device nouns and places. */
final class Lexicon {
    /** A count before a noun: digits, or "a"/"an"/"the" for one. */
    static final String COUNT = "(\\d+|a\\s+single|single|an?|the)(?:\\s*x(?![a-z0-9]))?";
    /** Device nouns; {@link #resource} maps them to a device-plugin resource name. */
    static final String DEVICE = "((?:[a-z0-9-]+\\.)+[a-z]+/[a-z0-9_.-]+|(?:nvidia\\s+)?(?:gpus?|a100s?|h100s?|h200s?|b200s?|l40s?|v100s?|a30s?|a40s?)"
            + "|graphics\\s+cards?|sr-?iov\\s+(?:vfs?|nics?|virtual\\s+functions?|network\\s+cards?)|vfs?"
            + "|virtual\\s+functions?|(?:mellanox\\s+|connectx(?:-\\d)?\\s+|intel\\s+|sr-?iov\\s+)?nics?)";
    /** Where a device is: group "kind" is numa, socket or node; group "ids" one id or a list. */
    static final String PLACE = "(?:the\\s+)?(?<kind>numa|socket|node|cpu\\s+socket)(?:\\s*nodes?)?\\s*#?\\s*"
            // "on NUMA 1, 512Gi per NUMA node": a number with a unit after it is an amount, not another place.
            + "(?<ids>\\d+(?:\\s*(?:,|and|&|/|\\+)\\s*(?:numa\\s*(?:nodes?\\s*)?)?\\d+"
            + "(?![\\d.]|\\s*(?:gi|gib|gb|g\\b|mi|mib|ti|tib|tb|cpus?|cores?|vcpus?|x\\b)))*)(?![\\d.])"
            + "(?!\\s*(?:x\\s*)?[a-z-]*(?:gpu|vf|nic|sr-?iov|/|more|(?:on|in)\\s+(?:the\\s+)?(?:numa|socket|node)\\b))";
    /** The ways people say a device sits on a place. */
    static final String ON = "(?:(?:is|are|sits?|sitting|hangs?|hanging|lives?|living)\\s+)?(?:@|attached\\s+to|connected\\s+to"
            + "|local\\s+to|hanging\\s+off(?:\\s+of)?|hangs\\s+off|plugged\\s+into|sitting\\s+on|sits\\s+on|on|in|at|off"
            + "|near|behind|under|with\\s+affinity\\s+(?:to|for)|affine\\s+to|affined\\s+to|belong(?:s|ing)?\\s+to"
            + "|close\\s+to|next\\s+to|wired\\s+to|tied\\s+to|pinned\\s+to)";

    private Lexicon() {
    }

    static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** The device-plugin resource a device noun stands for. */
    static String resource(String noun) {
        String n = noun.replaceAll("\\s+", " ");
        if (n.contains("/")) {
            return n;
        }
        if (n.contains("gpu") || n.matches(".*\\b(?:a100|h100|h200|b200|l40|v100|a30|a40)s?\\b.*") || n.contains("graphics")) {
            return GPU;
        }
        return SRIOV_NIC;
    }

    public static final String GPU = "nvidia.com/gpu";
    public static final String SRIOV_NIC = "intel.com/sriov_netdevice";
}
