package dev.numaadvisor.app.understand;

import static dev.numaadvisor.app.understand.Lexicon.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what can only be about the node, wherever it stands in the text: its shape (sockets,
 * NUMA nodes, cores, threads), memory and hugepages per NUMA node, and, through
 * {@link DeviceStatements}, devices with a place.
 */
final class NodeStatements {
    /** "2x24x2", and "2x16 cores" (sockets times cores per socket, the unit said). */
    private static final Pattern COMPACT = p("(?<![\\w.@])(\\d+)x(\\d+)(?:x(\\d+)|\\s*(?:physical\\s+)?(?:cores?|c)\\b)?(?![\\w.])");
    /** "node: worker-gpu-07": the node's name, which says nothing about its shape. */
    private static final Pattern NODE_NAME = p("\\bnode(?:\\s*name)?\\s*[:=]\\s*(?=[a-z][a-z0-9.]*-[a-z0-9.-]*\\d)[a-z][a-z0-9.-]*[a-z0-9]\\b");
    private static final Pattern NPS = p("\\b(?:nps|snc)\\s*[-=:]?\\s*(\\d+)\\b|\\b(?:a\\s+)?single\\s+numa(?:\\s+nodes?)?\\s+(?:per|each|a)\\s+(?:socket|sock)(?<single>)\\b|\\bsub-numa\\s+clustering\\s*\\(?\\s*snc\\s*(\\d+)\\)?"
            + "|\\b(\\d+)\\s+numa(?:\\s+nodes?)?\\s*(?:per|each|/|a|in\\s+each|on\\s+each)\\s*(?:socket|sock)\\b"
            + "|\\bnuma(?:\\s+nodes?)?\\s+per\\s+(?:socket|sock)\\s*[:=]?\\s*(\\d+)\\b|\\bnuma\\s*[=:]\\s*(?:socket|sock)(?<one>)\\b"
            + "|\\bnuma\\s*\\d+(?:\\s*/\\s*numa\\s*\\d+)+\\s*,?\\s*1\\s+(?:per|each|a)\\s+(?:socket|sock)(?<one2>)\\b"
            + "|\\bnuma\\s*nodes?\\s*per\\s*socket\\s*[:=]?\\s*(\\d+)\\b|\\bnumanodespersocket\\s*[:=]?\\s*(\\d+)"
            + "|\\beach\\s+socket\\s+(?:is\\s+)?(?:split|divided|carved)\\s+(?:in|into)\\s+(\\d+)\\s+numa(?:\\s+nodes?)?(?:\\s+each)?");
    /** "two numa nodes (one per socket)". */
    private static final Pattern NUMA_AND_PER_SOCKET = p("\\b(\\d+)\\s+numa\\s+nodes?\\s*,?\\s*\\(?\\s*(\\d+)\\s+"
            + "(?:per|a|each|on\\s+each|in\\s+each)\\s+socket\\s*\\)?");
    private static final Pattern NUMA_WITH_CPUS = p("\\b(\\d+)\\s+numa\\s+nodes?\\s*,?\\s*(?:with|of|having|each\\s+with|each\\s+having"
            + "|x)?\\s*(\\d+)\\s+(?<unit>logical\\s+cpus?|cpus?|vcpus?|cores?|physical\\s+cores?|threads?|hyperthreads?)"
            + "(?:\\s+(?:each|apiece|per\\s+numa(?:\\s+node)?|a\\s+piece|in\\s+each|on\\s+each))?");
    private static final Pattern NUMA_WITH_MEMORY = p("\\b(\\d+)\\s+numa\\s+nodes?\\s*,?\\s*(?:with\\s+|of\\s+|each\\s+with\\s+)?"
            + Amounts.bytesNamed("2")
            + "\\s*(?:of\\s+)?(?:memory|ram|mem)?\\s*(?:each|apiece|per\\s+node)");
    private static final Pattern NUMA_COUNT = p("\\b(\\d+)\\s*(?:x\\s*)?numa(?:\\s+nodes?|\\s+domains?|\\s+zones?)?\\b(?!\\s*\\d)"
            + "|\\bnuma\\s+node(?:\\(s\\)|s)?\\s*[:=]\\s*(\\d+)");
    private static final Pattern SOCKETS = p("\\b(?<n>\\d+)\\s*[-\\s]?\\s*(?:cpu\\s+|physical\\s+)?(?:sockets?|socks?|s(?=\\s*(?:,|x\\b|\\u00d7)|\\s+\\d)|packages?)\\b"
            + "|\\b(?<dual>dual|double|twin)[\\s-]*(?:cpu\\s+)?(?:sockets?|processors?|cpus?|xeons?|epycs?)\\b|\\b(?<single>single)[\\s-]*(?:cpu\\s+)?"
            + "(?:sockets?|processor)\\b|\\b(?<quad>quad)[\\s-]*(?:cpu\\s+)?sockets?\\b|\\bsockets?\\s*(?:\\(s\\))?\\s*[:=]\\s*(?<n2>\\d+)");
    private static final Pattern CORES_PER_SOCKET = p("\\b(\\d+)\\s*[-\\s]?\\s*(?:c\\b|cores?|physical\\s+cores?|core)\\s*(?:/|per|each|a|on\\s+each|in\\s+each"
            + "|per\\s+each|in\\s+every|on\\s+every)\\s*(?:cpu\\s+)?(?:socket|cpu|processor|package|s)\\b"
            + "|\\bcores?\\s*(?:\\(s\\))?\\s*per\\s+socket\\s*[:=]?\\s*(\\d+)|\\bcorespersocket\\s*[:=]?\\s*(\\d+)"
            + "|\\b(\\d+)[\\s-]*(?:physical\\s+)?cores?\\s+(?:xeons?|epycs?|processors|chips|parts|packages)\\b");
    /** "2 sockets, 1 numa node per socket, 24 cores each": cores "each" said after the sockets, in the same sentence. */
    private static final Pattern CORES_EACH_AFTER_SOCKETS = p("(?<=\\b(?:sockets?|epycs?|xeons?|processors?)\\b[^.;?!]{0,80}[,;(]\\s{0,3})(\\d+)\\s*(?:physical\\s+)?(?:c|cores?)"
            + "\\s+(?:each|apiece|a\\s+piece)\\b(?:\\s+(?:socket|cpu|processor|package)\\b)?(?!\\s+numa)");
    /** "2 x EPYC 9654", "2x Xeon Gold 6338": that many sockets; the model number is a name, not a count. */
    private static final Pattern SOCKETS_BY_MODEL = p("\\b(?:(?<n>\\d+)\\s*(?:x|\u00d7)|(?<dual>dual|twin|double))\\s*(?:amd\\s+|intel\\s+)?(?:epyc|xeon)s?"
            + "(?:\\s+(?:gold|platinum|silver|bronze|max))?(?:\\s+\\d{3,5}[a-z]{0,2})?\\b"
            + "(?:\\s*,?\\s*(?<c>\\d+)\\s*(?:c|cores?)\\b(?:\\s+(?:each|apiece))?)?");
    private static final Pattern MODEL_NUMBER = p("\\b(?:epyc|xeon)s?(?:\\s+(?:gold|platinum|silver|bronze|max))?\\s+\\d{3,5}[a-z]{0,2}\\b");
    /** "each socket has roughly 16 cores". */
    private static final Pattern EACH_SOCKET_HAS = p("\\beach\\s+(?:socket|cpu|processor)\\s+(?:has|having|with|of)\\s+(\\d+)\\s+(?:physical\\s+)?cores?\\b");
    /** "64c/128t": a package's cores and hardware threads. */
    private static final Pattern CORES_AND_THREADS = p("\\b(?<c>\\d+)\\s*(?:c|cores?)\\s*/\\s*(?<t>\\d+)\\s*(?:t|threads?)\\b");
    private static final Pattern SOCKETS_OF_CORES = p("\\b(?<s>\\d+)\\s*(?:x\\s*)?(?:cpu\\s+)?(?:sockets?|socks?|s(?=\\s*x\\b)|processors?|cpus|xeons?|epycs?|chips?|packages?)"
            + "\\s*,?\\s*(?:of|with|each\\s+with|having|x|\u00d7|\\*|each\\s+having|@)\\s*(?<c>\\d+)\\s*[-\\s]?\\s*(?:physical\\s+)?(?:c\\b|cores?)"
            + "(?:\\s+(?:each|apiece|per\\s+socket|a\\s+socket|each\\s+socket))?"
            + "|\\b(?<s2>\\d+)\\s*(?:x\\s*|\\s)(?<c2>\\d+)[\\s-]*cores?\\s+(?:cpus|processors|xeons?|epycs?|sockets|chips|packages|parts)"
            // "2 sockets 24c", "2 sockets, 20 cores each": the cores said next to the sockets are each socket's,
            // unless they are said to be the total.
            + "|\\b(?<s3>\\d+)\\s+(?:sockets?|socks?)\\s*,?\\s*(?<c3>\\d+)\\s*(?:physical\\s+)?(?:c\\b|cores?\\b)"
            + "(?:\\s*(?:/|per|each|a|in\\s+each|on\\s+each|in\\s+every)\\s*(?:cpu\\s+)?(?:socket|cpu|processor|package|s)\\b"
            + "|\\s+(?:each|apiece|a\\s+piece))?"
            + "(?!\\s*(?:total|in\\s+total|in\\s+all|altogether|overall|combined|across|between)\\b)");
    private static final Pattern THREADS = p("\\b(\\d+)\\s+(?:threads?|hyperthreads?|hw\\s+threads?)\\s+(?:per|/|a|each)\\s+core\\b"
            + "|\\bthreads?\\s*(?:\\(s\\))?\\s*per\\s+core\\s*[:=]?\\s*(\\d+)|\\bthreadspercore\\s*[:=]?\\s*(\\d+)|\\bsmt\\s*-?\\s*([248])\\b"
            + "|(?<![\\w.])[x\u00d7*]\\s*(\\d+)\\s*(?:threads?|hyperthreads?|hw\\s+threads?)\\b"
            + "|\\b(\\d+)\\s+(?:threads?|hyperthreads?)\\s*/\\s*core\\b");
    private static final Pattern SMT_ON = p("\\b(?:smt|ht|hyper-?threading|hyperthreads|simultaneous\\s+multi-?threading)\\s*(?:is\\s+)?"
            + "(?:on|enabled|=\\s*on|:\\s*on|active)\\b|\\b(?:with|has|have|enable|enabled)\\s+(?:smt|ht|hyper-?threading)\\b"
            + "|\\b(?:smt|ht|hyper-?threading)\\s*(?:[:=]\\s*)?(?:true|yes)\\b|\\bhyperthreaded\\b"
            + "|\\b(?:w/|with|and|,)?\\s*(?:smt|ht|hyper-?threading|hyperthreads)\\b(?!\\s*(?:off|disabled|per|=|:))");
    private static final Pattern SMT_OFF = p("\\b(?:smt|ht|hyper-?threading|hyperthreads|simultaneous\\s+multi-?threading)\\s*(?:is\\s+)?"
            + "(?:off|of|disabled|=\\s*off|:\\s*off|turned\\s+off|switched\\s+off)\\b|\\b(?:no|without|disable|disabled|turn\\s+off|switch\\s+off)\\s+"
            + "(?:smt|ht|hyper-?threading|hyperthreads)\\b|\\b(?:smt|ht|hyper-?threading)\\s*(?:[:=]\\s*)?(?:false|no)\\b|\\bnon-?smt\\b"
            + "|\\b1\\s+thread\\s+per\\s+core\\b");
    private static final Pattern MEMORY_PER_NUMA = p(Amounts.BYTES + "\\s*(?:of\\s+)?(?:memory|ram|mem|dram)?\\s*(?:per|on\\s+each|each|/|in\\s+each"
            + "|for\\s+each|a|on\\s+every|behind\\s+each)\\s*(?:numa(?:\\s+nodes?)?|node)\\b"
            + "|\\bnuma\\s+nodes?\\s*(?:with|of|having|each\\s+with|each\\s+having|each\\s+has|has|have)\\s*" + Amounts.bytesNamed("2")
            + "(?:\\s+(?:of\\s+)?(?:memory|ram))?(?:\\s+each)?|\\b(?:mem(?:ory)?|ram)\\s*(?:[=:]|is|of)\\s*" + Amounts.bytesNamed("3")
            + "\\s*(?:per|/|on\\s+each|each|in\\s+each|a)\\s*numa(?:\\s+nodes?)?|\\bmem\\s*=\\s*" + Amounts.bytesNamed("4")
            + "\\s+(?:per|/|a|each)\\s*numa");
    private static final String HUGE_SIZE = "(?<size>1\\s?gi?b?|2\\s?mi?b?|1\\s?g|2\\s?M|2\\s?m)";
    private static final Pattern HUGEPAGES_PER_NUMA = p("\\b(?<count>\\d+)\\s*(?:x\\s*)?" + HUGE_SIZE + "\\s*-?\\s*huge\\s*-?pages?"
            + "\\s*(?:per|on\\s+each|each|in\\s+each|on\\s+every|/|a)\\s*(?:numa)?(?:\\s*nodes?)?\\b"
            + "|" + Amounts.bytesNamed("2") + "\\s*(?:of\\s+)?"
            + HUGE_SIZE.replace("size", "size2") + "\\s*-?\\s*huge\\s*-?pages?\\s*(?:per|on\\s+each|each|in\\s+each|on\\s+every|/|a)\\s*"
            + "(?:numa)?(?:\\s*nodes?)?\\b|\\b(?<count3>\\d+)\\s+huge\\s*-?pages?\\s+of\\s+" + HUGE_SIZE.replace("size", "size3")
            + "\\s*(?:per|on\\s+each|each|in\\s+each)\\s*(?:numa)?(?:\\s*nodes?)?\\b");

    /** "192Gi and 16Gi of 1Gi hugepages per NUMA node": the memory shares the hugepages' "per NUMA node". */
    private static final Pattern MEMORY_AND_HUGEPAGES = p(Amounts.BYTES + "(?:\\s+(?:of\\s+)?(?:memory|ram))?\\s+and\\s+(?="
            + Amounts.bytesNamed("h") + "\\s*(?:of\\s+)?" + HUGE_SIZE + "\\s*-?\\s*huge\\s*-?pages?\\s*(?:per|on\\s+each|each|in\\s+each)"
            + "\\s*numa)");
    private static final Pattern KEY_VALUE = p("\\b(?<key>sockets?|cores?\\s*(?:/|per)\\s*socket|corespersocket|threads?\\s*(?:/|per)\\s*core"
            + "|threadspercore|numa\\s*nodes?\\s*(?:/|per)\\s*socket|cpus?\\s+per\\s+numa(?:\\s+node)?|cores?\\s+per\\s+numa(?:\\s+node)?"
            + "|numa\\s*nodes?)\\s*[:=]\\s*(?<value>\\d+)(?![\\w.])");
    /** "16 cpus per numa node", "12 cores in each numa node". */
    private static final Pattern PER_NUMA = p("\\b(?<value>\\d+)\\s+(?<unit>(?:logical\\s+)?(?:cpus?|vcpus?|threads?|hyperthreads?)|(?:physical\\s+)?cores?)"
            + "\\s+(?:per|each|/|in\\s+each|on\\s+each|a|in\\s+every)\\s+numa(?:\\s+nodes?|\\s+domains?)?\\b");

    private NodeStatements() {
    }

    /** The facts that belong to the node wherever they are said. */
    static void read(Utterance u, NodeDraft n) {
        u.take(MEMORY_AND_HUGEPAGES, m -> n.memoryPerNumaNode = n.set("memory per NUMA node", n.memoryPerNumaNode,
                Amounts.bytes(m.group(1), m.group(2)), u.originalOf(m.start(), m.end())));
        u.take(NODE_NAME, m -> { });
        u.take(KEY_VALUE, m -> keyValue(u, n, m));
        u.take(PER_NUMA, m -> {
            int v = Integer.parseInt(m.group("value"));
            String said = u.originalOf(m.start(), m.end());
            if (m.group("unit").contains("core")) {
                n.coresPerNumaNode = n.set("cores per NUMA node", n.coresPerNumaNode, v, said);
            } else {
                n.cpusPerNumaNode = n.set("CPUs per NUMA node", n.cpusPerNumaNode, v, said);
            }
        });
        u.take(COMPACT, m -> {
            n.sockets = n.set("sockets", n.sockets, Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end()));
            n.coresPerSocket = n.set("cores per socket", n.coresPerSocket, Integer.parseInt(m.group(2)), m.group());
            if (m.group(3) != null) {
                n.threadsPerCore = n.set("threads per core", n.threadsPerCore, Integer.parseInt(m.group(3)), m.group());
            }
        });
        u.take(NUMA_AND_PER_SOCKET, m -> {
            n.numaNodes = n.set("NUMA nodes", n.numaNodes, Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end()));
            n.numaNodesPerSocket = n.set("NUMA nodes per socket", n.numaNodesPerSocket, Integer.parseInt(m.group(2)),
                    u.originalOf(m.start(), m.end()));
        });
        // Before the devices: "1 numa node per socket" is not "1 more device on socket 1".
        u.take(NPS, m -> n.numaNodesPerSocket = n.set("NUMA nodes per socket", n.numaNodesPerSocket,
                m.group("one") != null || m.group("one2") != null || m.group("single") != null ? 1 : Integer.parseInt(firstNumber(m)),
                u.originalOf(m.start(), m.end())));
        DeviceStatements.read(u, n);
        u.take(NUMA_WITH_CPUS, m -> {
            n.numaNodes = n.set("NUMA nodes", n.numaNodes, Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end()));
            int each = Integer.parseInt(m.group(2));
            if (m.group("unit").contains("core")) {
                n.coresPerNumaNode = each;
            } else {
                n.cpusPerNumaNode = each;
            }
        });
        u.take(NUMA_WITH_MEMORY, m -> {
            n.numaNodes = n.set("NUMA nodes", n.numaNodes, Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end()));
            n.memoryPerNumaNode = Amounts.bytes(m.group("n2"), m.group("u2"));
        });
        u.take(SOCKETS_OF_CORES, m -> {
            String s = m.group("s") != null ? m.group("s") : m.group("s2") != null ? m.group("s2") : m.group("s3");
            String c = m.group("c") != null ? m.group("c") : m.group("c2") != null ? m.group("c2") : m.group("c3");
            n.sockets = n.set("sockets", n.sockets, Integer.parseInt(s), u.originalOf(m.start(), m.end()));
            n.coresPerSocket = n.set("cores per socket", n.coresPerSocket, Integer.parseInt(c), u.originalOf(m.start(), m.end()));
        });
        u.take(CORES_AND_THREADS, m -> {
            int cores = Integer.parseInt(m.group("c"));
            int threads = Integer.parseInt(m.group("t"));
            n.coresPerSocket = n.set("cores per socket", n.coresPerSocket, cores, u.originalOf(m.start(), m.end()));
            if (cores > 0 && threads % cores == 0) {
                n.threadsPerCore = n.set("threads per core", n.threadsPerCore, threads / cores, u.originalOf(m.start(), m.end()));
            }
        });
        u.take(EACH_SOCKET_HAS, m -> n.coresPerSocket = n.set("cores per socket", n.coresPerSocket,
                Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end())));
        u.take(CORES_EACH_AFTER_SOCKETS, m -> n.coresPerSocket = n.set("cores per socket", n.coresPerSocket,
                Integer.parseInt(m.group(1)), u.originalOf(m.start(), m.end())));
        u.take(SOCKETS_BY_MODEL, m -> {
            n.sockets = n.set("sockets", n.sockets, m.group("dual") != null ? 2 : Integer.parseInt(m.group("n")),
                    u.originalOf(m.start(), m.end()));
            if (m.group("c") != null) {
                n.coresPerSocket = n.set("cores per socket", n.coresPerSocket, Integer.parseInt(m.group("c")),
                        u.originalOf(m.start(), m.end()));
            }
        });
        u.take(MODEL_NUMBER, m -> { });
        u.take(CORES_PER_SOCKET, m -> n.coresPerSocket = n.set("cores per socket", n.coresPerSocket,
                Integer.parseInt(firstNumber(m)), u.originalOf(m.start(), m.end())));
        u.take(SOCKETS, m -> {
            int count = m.group("dual") != null ? 2 : m.group("single") != null ? 1 : m.group("quad") != null ? 4
                    : Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("n2"));
            n.sockets = n.set("sockets", n.sockets, count, u.originalOf(m.start(), m.end()));
        });
        u.take(NUMA_COUNT, m -> n.numaNodes = n.set("NUMA nodes", n.numaNodes, Integer.parseInt(firstNumber(m)),
                u.originalOf(m.start(), m.end())));
        u.take(THREADS, m -> n.threadsPerCore = n.set("threads per core", n.threadsPerCore, Integer.parseInt(firstNumber(m)),
                u.originalOf(m.start(), m.end())));
        u.take(SMT_OFF, m -> n.threadsPerCore = n.set("threads per core", n.threadsPerCore, 1, u.originalOf(m.start(), m.end())));
        u.take(SMT_ON, m -> n.threadsPerCore = n.set("threads per core", n.threadsPerCore, 2, u.originalOf(m.start(), m.end())));
        u.take(HUGEPAGES_PER_NUMA, m -> {
            if (m.group("count") != null || m.group("count3") != null) {
                String size = m.group("size") != null ? m.group("size") : m.group("size3");
                String count = m.group("count") != null ? m.group("count") : m.group("count3");
                String resource = Amounts.hugepageResource(size);
                n.hugepagesPerNumaNode.put(resource, dev.numaadvisor.core.model.Quantity.parse(
                        resource.equals("hugepages-1Gi") ? count + "Gi" : Long.parseLong(count) * 2 + "Mi"));
            } else {
                n.hugepagesPerNumaNode.put(Amounts.hugepageResource(m.group("size2")), Amounts.bytes(m.group("n2"), m.group("u2")));
            }
        });
        u.take(MEMORY_PER_NUMA, m -> {
            String number = m.group(1) != null ? m.group(1) : m.group("n2") != null ? m.group("n2")
                    : m.group("n3") != null ? m.group("n3") : m.group("n4");
            String unit = m.group(2) != null ? m.group(2) : m.group("u2") != null ? m.group("u2")
                    : m.group("u3") != null ? m.group("u3") : m.group("u4");
            n.memoryPerNumaNode = n.set("memory per NUMA node", n.memoryPerNumaNode, Amounts.bytes(number, unit),
                    u.originalOf(m.start(), m.end()));
        });
    }

    private static void keyValue(Utterance u, NodeDraft n, Matcher m) {
        String key = m.group("key").replaceAll("\\s+", "");
        int v = Integer.parseInt(m.group("value"));
        String said = u.originalOf(m.start(), m.end());
        if (key.startsWith("socket")) {
            n.sockets = n.set("sockets", n.sockets, v, said);
        } else if (key.startsWith("cpu")) {
            n.cpusPerNumaNode = n.set("CPUs per NUMA node", n.cpusPerNumaNode, v, said);
        } else if (key.startsWith("core") && key.contains("numa")) {
            n.coresPerNumaNode = n.set("cores per NUMA node", n.coresPerNumaNode, v, said);
        } else if (key.startsWith("core")) {
            n.coresPerSocket = n.set("cores per socket", n.coresPerSocket, v, said);
        } else if (key.startsWith("thread")) {
            n.threadsPerCore = n.set("threads per core", n.threadsPerCore, v, said);
        } else if (key.contains("socket")) {
            n.numaNodesPerSocket = n.set("NUMA nodes per socket", n.numaNodesPerSocket, v, said);
        } else {
            n.numaNodes = n.set("NUMA nodes", n.numaNodes, v, said);
        }
    }

    private static String firstNumber(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null && m.group(g).matches("\\d+")) {
                return m.group(g);
            }
        }
        throw new AssertionError("no number in " + m.group());
    }
}
