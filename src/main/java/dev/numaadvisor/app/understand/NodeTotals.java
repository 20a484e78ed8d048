package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.COUNT;
import static dev.numaadvisor.app.understand.Lexicon.DEVICE;
import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.regex.Pattern;

/** Reads the node's totals, which look like a pod's requests and are the node's only where the node is talked about. */
final class NodeTotals {
    private static final Pattern CPUS = p("\\b(\\d+)\\s*[-\\s]?\\s*(?:logical\\s+)?(?:cpus?|vcpus?|hardware\\s+threads|hw\\s+threads|threads"
            + "|hyperthreads|logical\\s+cores|lcores|thread)\\b(?!\\s+per)|\\bcpu\\s*\\(s\\)\\s*[:=]?\\s*(\\d+)");
    private static final Pattern CORES = p("\\b(\\d+)\\s*[-\\s]?\\s*(?:physical\\s+)?(?:c\\b|cores?)\\b(?!\\s+per)");
    private static final Pattern MEMORY = p(Amounts.BYTES + "\\s*(?:of\\s+)?(?:total\\s+)?(?:memory|ram|mem|dram)?(?:\\s+(?:in\\s+)?total)?"
            + "|\\b(?:memory|ram|mem)\\s*(?:of|[:=])?\\s*" + Amounts.bytesNamed("2"));
    private static final Pattern DEVICES = p("(?:" + COUNT + "\\s+)?(?<dev>" + DEVICE + ")(?![\\w/.@-])");

    private NodeTotals() {
    }

    static void read(Utterance u, int from, int to, NodeDraft n) {
        u.takeWithin(CPUS, from, to, m -> n.cpus = n.set("logical CPUs", n.cpus,
                Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), u.originalOf(m.start(), m.end())));
        u.takeWithin(CORES, from, to, m -> n.cores = n.set("cores", n.cores, Integer.parseInt(m.group(1)),
                u.originalOf(m.start(), m.end())));
        u.takeWithin(MEMORY, from, to, m -> n.memory = n.set("memory", n.memory,
                m.group(1) != null ? Amounts.bytes(m.group(1), m.group(2)) : Amounts.bytes(m.group("n2"), m.group("u2")),
                u.originalOf(m.start(), m.end())));
        // A device counted without a place: its NUMA node is asked for, never guessed. "Our GPU
        // nodes" counts nothing, and "one GPU" said again of a GPU already placed is the same GPU.
        u.takeWithin(DEVICES, from, to, m -> {
            if (m.group(1) == null || m.group(1).equals("the")) {
                return;
            }
            String resource = Lexicon.resource(m.group("dev"));
            int count = Amounts.count(m.group(1));
            int placed = n.devices.stream().filter(d -> d.resource().equals(resource)).mapToInt(StatedDevice::count).sum();
            if (count > placed) {
                n.devices.add(new StatedDevice(resource, null, null, false, count - placed, false));
            }
        });
    }
}
