package dev.numaadvisor.app.assistant;

import dev.numaadvisor.app.session.NodeSpec;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.CompactTopology;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an English description of a node and a pod into session content, deterministically
 * (regular expressions over a fixed vocabulary). Returns null when the text does not describe
 * both a node shape and a pod request. Everything not said is assumed, and the assumption is
 * listed so the user can correct it.
 */
public final class ScenarioExtractor {
    /** What was read, what was assumed, and the session it produced. */
    public record Extraction(Session session, String podName, List<String> understood, List<String> assumed) {
    }

    private static final String NUM = "(\\d+|one|a|an|two|three|four|eight)";
    private static final Pattern SOCKETS = Pattern.compile(NUM + "[ -]sockets?");
    private static final Pattern CORES = Pattern.compile("(\\d+)[ -](?:physical )?cores?");
    private static final Pattern THREADS = Pattern.compile("(\\d+) threads? per core");
    private static final Pattern SMT_OFF = Pattern.compile("(smt|hyper-?threading) (off|disabled)|no (smt|hyper)");
    private static final Pattern NPS = Pattern.compile("nps ?(\\d)|(\\d+) numa nodes? per socket");
    private static final Pattern DEVICE = Pattern.compile(NUM + " (gpus?|sr-iov nics?|nics?|vfs?) on numa (?:node )?(\\d+)");
    private static final Pattern NODE_MEMORY = Pattern.compile("(\\d+) ?(gi|gib|gb) (?:of memory )?per numa");
    private static final Pattern POD_CPU = Pattern.compile("(\\d+(?:\\.\\d+)?m?) (?:cpus?|vcpus?|cores?)|cpu[= ](\\d+m?)");
    private static final Pattern POD_MEMORY = Pattern.compile("(\\d+) ?(gi|mi|gib|mib|gb)\\b");
    private static final Pattern POD_GPU = Pattern.compile(NUM + " gpus?");
    private static final Pattern POLICY = Pattern.compile("single-numa-node|best-effort|restricted|\\bnone\\b");

    private ScenarioExtractor() {
    }

    public static Extraction extract(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " ");
        int podAt = t.indexOf(" pod");
        Matcher sockets = SOCKETS.matcher(t);
        Matcher cores = CORES.matcher(t);
        if (podAt < 0 || !sockets.find() || !cores.find() || cores.start() > podAt) {
            return null;
        }
        String nodePart = t.substring(0, podAt);
        String podPart = t.substring(podAt);
        List<String> understood = new ArrayList<>();
        List<String> assumed = new ArrayList<>();
        Session s = new Session();
        CompactTopology topology = topology(nodePart, number(sockets.group(1)), Integer.parseInt(cores.group(1)),
                understood, assumed);
        s.node(topology, devices(nodePart, understood));
        Map<String, Quantity> requests = requests(podPart, understood, assumed);
        if (requests.isEmpty()) {
            return null;
        }
        // The QoS word comes before "pod" ("a Burstable pod asking ...") or after it ("a pod, Burstable").
        String podWords = t.substring(Math.max(0, podAt - 24), podAt) + podPart;
        boolean burstable = podWords.contains("burstable");
        understood.add((burstable ? "a Burstable" : "a Guaranteed") + " pod \"app\" requesting " + requests);
        if (!burstable && !podWords.contains("guaranteed")) {
            assumed.add("Guaranteed QoS (limits equal to requests), since exclusive CPUs need it");
        }
        s.putPod(ScenarioPod.single("app", requests, !burstable));
        s.config(KubeletDraft.draft(s, policy(t, understood, assumed), t.contains("pod scope")));
        assumed.add("the kubelet config the node needs (drafted below): " + KubeletDraft.summary(s));
        return new Extraction(s, "app", understood, assumed);
    }

    private static CompactTopology topology(String nodePart, int sockets, int cores, List<String> understood,
                                            List<String> assumed) {
        Matcher threads = THREADS.matcher(nodePart);
        int tpc = 2;
        if (threads.find()) {
            tpc = Integer.parseInt(threads.group(1));
            understood.add(tpc + " thread(s) per core");
        } else if (SMT_OFF.matcher(nodePart).find()) {
            tpc = 1;
            understood.add("SMT off (1 thread per core)");
        } else if (nodePart.contains("smt") || nodePart.contains("hyperthread")) {
            understood.add("SMT on (2 threads per core)");
        } else {
            assumed.add("SMT on: 2 threads per core, so " + sockets * cores * 2 + " logical CPUs (say \"SMT off\" to change)");
        }
        Matcher nps = NPS.matcher(nodePart);
        int perSocket = 1;
        if (nps.find()) {
            perSocket = Integer.parseInt(nps.group(1) != null ? nps.group(1) : nps.group(2));
            understood.add(perSocket + " NUMA node(s) per socket");
        } else {
            assumed.add("one NUMA node per socket (NUMA 0 = socket 0, NUMA 1 = socket 1)");
        }
        Matcher mem = NODE_MEMORY.matcher(nodePart);
        String memory;
        if (mem.find()) {
            memory = mem.group(1) + "Gi";
            understood.add(mem.group(1) + "Gi of memory per NUMA node");
        } else {
            memory = NodeSpec.DEFAULT_MEMORY_PER_NUMA;
            assumed.add(NodeSpec.DEFAULT_MEMORY_PER_NUMA + " of memory per NUMA node, no hugepages");
        }
        understood.add(0, sockets + " socket(s) of " + cores + " cores");
        return CompactTopology.of(sockets, perSocket, cores, tpc, Quantity.parse(memory));
    }

    private static List<Device> devices(String nodePart, List<String> understood) {
        List<Device> devices = new ArrayList<>();
        Matcher d = DEVICE.matcher(nodePart);
        while (d.find()) {
            String resource = d.group(2).startsWith("gpu") ? NodeSpec.GPU : NodeSpec.SRIOV_NIC;
            int numa = Integer.parseInt(d.group(3));
            for (int i = 0; i < number(d.group(1)); i++) {
                Device dev = NodeSpec.device(resource, devices, numa);
                devices.add(dev);
                understood.add("device " + dev.id() + " (" + resource + ") on NUMA " + numa);
            }
        }
        return devices;
    }

    private static Map<String, Quantity> requests(String podPart, List<String> understood, List<String> assumed) {
        Map<String, Quantity> req = new LinkedHashMap<>();
        Matcher cpu = POD_CPU.matcher(podPart);
        if (cpu.find()) {
            req.put("cpu", Quantity.parse(cpu.group(1) != null ? cpu.group(1) : cpu.group(2)));
        }
        Matcher mem = POD_MEMORY.matcher(podPart);
        if (mem.find()) {
            String unit = mem.group(2).startsWith("g") ? "Gi" : "Mi";
            req.put("memory", Quantity.parse(mem.group(1) + unit));
        } else if (!req.isEmpty()) {
            req.put("memory", Quantity.parse("1Gi"));
            assumed.add("the pod asks 1Gi of memory (none was given)");
        }
        Matcher gpu = POD_GPU.matcher(podPart);
        if (gpu.find()) {
            req.put(NodeSpec.GPU, Quantity.parse(String.valueOf(number(gpu.group(1)))));
        }
        return req;
    }

    private static String policy(String t, List<String> understood, List<String> assumed) {
        Matcher m = POLICY.matcher(t);
        if (m.find()) {
            understood.add("Topology Manager policy " + m.group());
            return m.group();
        }
        assumed.add("Topology Manager policy single-numa-node (strict alignment; say another policy to change)");
        return "single-numa-node";
    }

    static int number(String word) {
        switch (word) {
            case "a":
            case "an":
            case "one":
                return 1;
            case "two":
                return 2;
            case "three":
                return 3;
            case "four":
                return 4;
            case "eight":
                return 8;
            default:
                return Integer.parseInt(word);
        }
    }
}
