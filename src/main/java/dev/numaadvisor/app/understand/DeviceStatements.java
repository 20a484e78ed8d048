package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.COUNT;
import static dev.numaadvisor.app.understand.Lexicon.DEVICE;
import static dev.numaadvisor.app.understand.Lexicon.ON;
import static dev.numaadvisor.app.understand.Lexicon.PLACE;
import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the node's devices and where they sit: "a GPU on NUMA 1", "2 gpus per numa node",
 * "GPUs 0-3 on socket 0", "gpu@1", "move the gpu to numa 1", "no GPUs". Part of what
 * {@link NodeStatements} reads, in its own file because devices have the most ways of being said.
 */
final class DeviceStatements {
    private static final String ADD = "(?<add>add(?:ing)?\\s+|plus\\s+|and\\s+)?(?:(?:a|an|one)\\s+)?"
            + "(?<more>more\\s+|additional\\s+|extra\\s+|second\\s+|another\\s+|other\\s+|third\\s+)?";
    /** "8 A100s sitting two each on NUMA nodes 1, 3, 5 and 7": the count shared out over the places. */
    private static final Pattern EACH_ON_PLACES = p("(?<total>\\d+)\\s+(?<dev>" + DEVICE + ")\\s*,?\\s*(?:sitting\\s+|placed\\s+|installed\\s+)?"
            + "\\d+\\s+each\\s+(?:on|in|at)\\s+" + PLACE);
    /** "GPUs 0-3 on socket 0 and GPUs 4-7 on socket 1": a range of device indexes at one place. */
    private static final Pattern RANGE_ON = p("(?<dev>" + DEVICE + ")\\s+(?<a>\\d+)\\s*-\\s*(?<b>\\d+)\\s+(?:are\\s+|sit\\s+)?(?:on|in|at|behind)\\s+" + PLACE);
    /** "an 8-GPU node": the count the devices listed after it add up to. */
    private static final Pattern DEVICE_COUNT_HEADER = p("\\b\\d+-(?:gpu|nic)\\b");
    /** "move the gpu to numa 1", "actually the gpu is on numa 0" said as a change: the device's new place. */
    private static final Pattern MOVE = p("\\b(?:move|put|relocate|place|shift)\\s+(?:the\\s+|that\\s+|our\\s+)?(?<dev>" + DEVICE
            + ")\\s+(?:over\\s+)?(?:to|onto|on|at)\\s+" + PLACE);
    /** "gpu0 numa=0; gpu1 numa=1": a device listed by index with its NUMA node. */
    private static final Pattern DEVICE_INDEX_NUMA = p("(?<![\\w.])(?<dev>gpu|nic|vf)\\d+\\s*[:,]?\\s*(?:numa|numa_node|node)\\s*[=:]?\\s*(?<at>\\d+)\\b");
    private static final Pattern DEVICE_AT = p("(?<![\\w.])(?<dev>" + DEVICE + ")@(?<at>\\d+)(?:x(?<times>\\d+))?(?![\\w.])");
    private static final Pattern DEVICE_ON = p(ADD + "(?:" + COUNT + "\\s+)?(?<more2>more\\s+|additional\\s+|extra\\s+)?"
            + "(?<dev>" + DEVICE + ")\\s*,?\\s*(?:\\((?:[^)]*)\\)\\s*)?(?:each\\s+)?(?:(?:which|that)\\s+)?(?:(?:is|are)\\s+)?"
            + "(?:(?:both|all)\\s+)?" + ON + "\\s+" + PLACE);
    private static final Pattern PLACE_HAS = p(PLACE + "\\s+(?:has|have|with|holds|hosts|gets|owns|got)\\s+(?:the\\s+)?"
            + "(?:" + COUNT + "\\s+)?(?<dev>" + DEVICE + ")");
    private static final Pattern SPREAD = p("(?<total>\\d+)\\s+(?<dev>" + DEVICE + ")\\s*,?\\s*(?:(?:over|via|on|with)\\s+[\\w-]+\\s*,?\\s*)?"
            + "(?:\\(\\s*)?(?<per>\\d+)\\s+"
            + "(?:per|on\\s+each|each\\s+on|in\\s+each|on\\s+every|behind\\s+each|for\\s+each|a)\\s+"
            + "(?:numa(?:\\s+nodes?)?|socket)\\)?(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*\\))?|(?<total2>\\d+)\\s+(?<dev2>" + DEVICE + ")\\s*,?\\s*(?:split\\s+|spread\\s+)?"
            + "(?:evenly\\s+)?(?:across|over|between)\\s+(?:the\\s+|both\\s+|all\\s+)?(?:(?<nodes>\\d+)\\s+)?(?:numa(?:\\s+nodes?)?|sockets)");
    private static final Pattern NO_AFFINITY = p("(?:" + COUNT + "\\s+)?(?<dev>" + DEVICE + ")\\s*,?\\s*(?:with\\s+)?"
            + "(?:no|without(?:\\s+a)?|n/a)\\s+numa(?:\\s+(?:affinity|node|info|information|locality))?"
            + "|(?:" + COUNT + "\\s+)?(?<dev2>" + DEVICE + ")\\s+(?:whose|with)\\s+numa\\s+(?:affinity|node)\\s+(?:is\\s+)?(?:n/a|unknown|-1)"
            + "|(?:" + COUNT + "\\s+)?(?<dev3>" + DEVICE + ")\\s*,?\\s*(?:its|whose|the|with)\\s+numa[\\s_]*node"
            + "(?:\\s+file)?\\s+(?:says|is|reads|shows|=|:)\\s*-\\s*1\\b");
    /** "4 gpus (2 on numa 0, 2 on numa 1)": a total, then how many sit where. */
    private static final String ONE_PLACE = "(\\d+)\\s+(?:on|in|at|@)\\s+(numa|socket)\\s*(?:node\\s*)?#?\\s*(\\d+)";
    private static final Pattern BREAKDOWN = p("(?<total>\\d+)\\s*(?:x\\s*|\\s)(?<dev>" + DEVICE + ")\\s*[(:,]\\s*(?<list>" + ONE_PLACE
            + "(?:\\s*(?:,|;|and|&)\\s*" + ONE_PLACE + ")+)\\s*\\)?");
    private static final Pattern POD_CLAUSE = p("\\b(?:pods?|containers?|sidecars?|add)\\b");
    private static final Pattern NO_DEVICES = p("\\b(?:no|without(?:\\s+any)?|zero|0)\\s+(?:gpus?|devices|accelerators)\\b");
    private static final Pattern DEVICE_COUNT_ON = p("(?<dev>" + DEVICE + ")\\s*(?:[:=]|x)?\\s*(?<n>\\d+)\\s*(?:x\\s*)?,?\\s*" + ON
            + "\\s+" + PLACE);
    private static final Pattern DEVICE_PLACE = p("(?:" + COUNT + "\\s+)?(?<dev>" + DEVICE + ")\\s*(?:\\(\\s*|:\\s*|,\\s*|\\s)" + PLACE + "\\s*\\)?");
    private static final Pattern DEVICE_MORE = p("\\b(?:and\\s+|,\\s*)(?<n>\\d+|an?|another)\\s+(?:more\\s+)?" + ON + "\\s+" + PLACE);
    private static final Pattern NONE_ON = p("\\b(?:none|nothing|no\\s+(?:gpus?|devices?))\\s+(?:on|in|at)\\s+" + PLACE);
    /** Takes every device statement of {@code u} into {@code n}. */
    static void read(Utterance u, NodeDraft n) {
        u.take(BREAKDOWN, m -> {
            java.util.regex.Matcher each = p(ONE_PLACE).matcher(m.group("list"));
            int sum = 0;
            List<StatedDevice> found = new java.util.ArrayList<>();
            while (each.find()) {
                int count = Integer.parseInt(each.group(1));
                int at = Integer.parseInt(each.group(3));
                boolean socket = each.group(2).equals("socket");
                found.add(new StatedDevice(Lexicon.resource(m.group("dev")), socket ? null : at, socket ? at : null, false,
                        count, false));
                sum += count;
            }
            if (sum != Integer.parseInt(m.group("total"))) {
                n.contradictions.add("'" + m.group("total") + " " + m.group("dev") + "' and the " + sum
                        + " placed (" + m.group("list") + ") disagree: how many are there?");
            }
            n.devices.addAll(found);
        });
        u.take(NO_AFFINITY, m -> {
            String dev = m.group("dev") != null ? m.group("dev") : m.group("dev2") != null ? m.group("dev2") : m.group("dev3");
            n.devices.add(new StatedDevice(Lexicon.resource(dev), null, null, true, countBefore(m), false));
        });
        u.take(SPREAD, m -> {
            boolean first = m.group("total") != null;
            int total = Integer.parseInt(first ? m.group("total") : m.group("total2"));
            String dev = first ? m.group("dev") : m.group("dev2");
            int per;
            if (first) {
                per = Integer.parseInt(m.group("per"));
            } else {
                int nodes = m.group("nodes") != null ? Integer.parseInt(m.group("nodes")) : 2;
                per = Math.max(1, total / nodes);
            }
            for (int numa = 0; numa * per < total; numa++) {
                n.devices.add(new StatedDevice(Lexicon.resource(dev), numa, null, false, Math.min(per, total - numa * per), false));
            }
        });
        u.take(EACH_ON_PLACES, m -> placed(n, m, Lexicon.resource(m.group("dev")), Integer.parseInt(m.group("total")), false));
        u.take(RANGE_ON, m -> placed(n, m, Lexicon.resource(m.group("dev")),
                Math.abs(Integer.parseInt(m.group("b")) - Integer.parseInt(m.group("a"))) + 1, false));
        u.take(DEVICE_COUNT_HEADER, m -> { });
        u.take(MOVE, m -> placed(n, m, Lexicon.resource(m.group("dev")), 1, false));
        u.take(DEVICE_INDEX_NUMA, m -> n.devices.add(new StatedDevice(Lexicon.resource(m.group("dev")),
                Integer.parseInt(m.group("at")), null, false, 1, false)));
        u.take(DEVICE_AT, m -> n.devices.add(new StatedDevice(Lexicon.resource(m.group("dev")),
                Integer.parseInt(m.group("at")), null, false,
                m.group("times") == null ? 1 : Integer.parseInt(m.group("times")), false)));
        u.take(NONE_ON, m -> { });
        u.take(DEVICE_COUNT_ON, m -> placed(n, m, Lexicon.resource(m.group("dev")), Integer.parseInt(m.group("n")), false));
        u.take(DEVICE_PLACE, m -> placed(n, m, Lexicon.resource(m.group("dev")), countBefore(m), false));
        u.take(DEVICE_ON, m -> placed(n, m, Lexicon.resource(m.group("dev")), countOf(m), added(m)));
        u.take(DEVICE_MORE, m -> {
            if (!n.devices.isEmpty()) {
                String resource = n.devices.get(n.devices.size() - 1).resource();
                placed(n, m, resource, m.group("n").equals("another") ? 1 : Amounts.count(m.group("n")), false);
            }
        });
        u.take(PLACE_HAS, m -> placed(n, m, Lexicon.resource(m.group("dev")), Amounts.count(m.group(3)), false));
        u.take(NO_DEVICES, m -> {
            // "add another pod: 2 cpu 2Gi, no gpu" is the pod asking none, not a node without devices.
            String clause = u.masked().substring(0, m.start()).replaceAll("(?s).*[.;\\n]", "");
            if (!POD_CLAUSE.matcher(clause).find()) {
                n.noDevices = true;
            }
        });
    }

    /** One place or a list ("on NUMA 0 and 1": the count shared out, one place after the other). */
    private static void placed(NodeDraft n, Matcher m, String resource, int count, boolean added) {
        List<Integer> ids = new ArrayList<>();
        for (String id : m.group("ids").split("\\D+")) {
            if (!id.isEmpty()) {
                ids.add(Integer.parseInt(id));
            }
        }
        boolean socket = m.group("kind").contains("socket");
        int share = Math.max(1, count / ids.size());
        for (int id : ids) {
            n.devices.add(new StatedDevice(resource, socket ? null : id, socket ? id : null, false, share, added));
        }
    }

    private static int countOf(Matcher m) {
        String c = m.group(3);
        if (c == null && m.group("more") != null && m.group("more").startsWith("second")) {
            return 1;
        }
        return Amounts.count(c);
    }

    private static boolean added(Matcher m) {
        return m.group("add") != null && !m.group("add").startsWith("and") || m.group("more") != null
                || m.group("more2") != null;
    }

    private static int countBefore(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            if (v != null && v.matches("\\d+|an?|the")) {
                return Amounts.count(v);
            }
        }
        return 1;
    }

    private DeviceStatements() {
    }
}
