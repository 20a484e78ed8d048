package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges what the sources say about CPUs. The CPUs are every id any source names (a source that
 * names fewer is a finding). For each attribute (NUMA node, core, socket, L3) the best-ranked
 * source that covers every CPU is used; each other source that disagrees is a finding naming
 * both. Without any source the fallback rules apply and are reported as assumptions.
 */
final class CpuMerge {
    enum Attribute {
        NUMA("NUMA node of each CPU", CpuFact::numaNode),
        CORE("cores (SMT siblings)", CpuFact::core),
        SOCKET("sockets", CpuFact::socket),
        UNCORE("L3 (uncore cache) groups", CpuFact::uncoreCache);

        final String words;
        final Function<CpuFact, Integer> get;

        Attribute(String words, Function<CpuFact, Integer> get) {
            this.words = words;
            this.get = get;
        }
    }

    private CpuMerge() {
    }

    /**
     * Rank of a source for an attribute, lower is better: sysfs is what the kubelet reads; lscpu
     * -p/-e/-e --json print ids; numactl prints NUMA membership only; lstopo prints logical ids; human
     * lscpu (and lscpu --json, its JSON form) only lets cores, sockets and L3 be inferred.
     */
    static int rank(NodeFacts f, Attribute a) {
        boolean inferred = isInferred(f);
        switch (f.format()) {
            case SYSFS: return 0;
            case LSCPU_PARSE:
            case LSCPU_EXTENDED: return 1;
            case LSCPU_JSON:
            case LSCPU: return inferred && a != Attribute.NUMA ? 5 : a == Attribute.NUMA ? 2 : 1;
            case NUMACTL: return a == Attribute.NUMA ? 1 : 9;
            case LSTOPO: return 3;
            default: return 9;
        }
    }

    static boolean isInferred(NodeFacts f) {
        return f.format() == InputFormat.LSCPU
                || f.format() == InputFormat.LSCPU_JSON && !f.declared().equals(DeclaredCounts.NONE);
    }

    static List<CpuFact> merge(List<NodeFacts> all, MergeReport r, CpuSet fallbackCpus, String fallbackSource) {
        List<NodeFacts> sources = new ArrayList<>();
        CpuSet universe = CpuSet.empty();
        for (NodeFacts f : all) {
            if (f.describesCpus()) {
                sources.add(f);
                universe = universe.union(CpuSet.of(f.cpus().keySet()));
            }
        }
        if (universe.isEmpty()) {
            return fallback(r, fallbackCpus, fallbackSource);
        }
        for (NodeFacts f : sources) {
            CpuSet own = CpuSet.of(f.cpus().keySet());
            if (!own.equals(universe)) {
                r.find(ImportFinding.Severity.WARNING, "CPU counts disagree: " + f.source() + " lists "
                        + own.size() + " CPUs (" + own + ") but the sources together name " + universe.size()
                        + " (" + universe + ")", f.source());
            }
        }
        Map<Attribute, Map<Integer, Integer>> values = new TreeMap<>();
        for (Attribute a : Attribute.values()) {
            values.put(a, choose(sources, a, universe, r));
        }
        return build(universe, values, r);
    }

    /** The chosen source's values for one attribute, or an empty map when none covers every CPU. */
    private static Map<Integer, Integer> choose(List<NodeFacts> sources, Attribute a, CpuSet universe, MergeReport r) {
        NodeFacts best = null;
        for (NodeFacts f : sources) {
            if (covers(f, a, universe) && (best == null || rank(f, a) < rank(best, a))) {
                best = f;
            }
        }
        if (best == null) {
            return Map.of();
        }
        r.gave(a.words, best.source() + (isInferred(best) && a != Attribute.NUMA ? " (inferred, see assumptions)" : ""));
        Map<Integer, Integer> out = new TreeMap<>();
        for (int cpu : universe.toArray()) {
            out.put(cpu, a.get.apply(best.cpus().get(cpu)));
        }
        for (NodeFacts other : sources) {
            if (other != best) {
                CpuCompare.compare(a, best, other, r);
            }
        }
        return out;
    }

    private static boolean covers(NodeFacts f, Attribute a, CpuSet universe) {
        for (int cpu : universe.toArray()) {
            CpuFact c = f.cpus().get(cpu);
            if (c == null || a.get.apply(c) == null) {
                return false;
            }
        }
        return true;
    }

    /*
     * Fallback rules when no source covers an attribute:
     * NUMA: every CPU on node 0 (what cAdvisor reports on a machine without NUMA).
     * sockets: one socket per NUMA node.
     * cores: one CPU per core (no SMT).
     * L3: left unknown; the kubelet then uses the socket as the uncore cache.
     */
    private static List<CpuFact> build(CpuSet universe, Map<Attribute, Map<Integer, Integer>> v, MergeReport r) {
        if (v.get(Attribute.NUMA).isEmpty()) {
            r.assume(null, "no source tells every CPU's NUMA node: all CPUs taken to be on NUMA node 0");
        }
        if (v.get(Attribute.SOCKET).isEmpty()) {
            r.assume(null, "no source tells every CPU's socket: one socket per NUMA node assumed");
        }
        if (v.get(Attribute.CORE).isEmpty()) {
            r.assume(null, "no source tells the SMT siblings: one CPU per core (no SMT) assumed;"
                    + " paste lscpu -p or sysfs thread_siblings_list to be sure");
        }
        if (v.get(Attribute.UNCORE).isEmpty()) {
            r.note("L3 (uncore cache) groups unknown: the kubelet then treats each socket as one;"
                    + " lscpu -p=CPU,CORE,SOCKET,NODE,CACHE or sysfs cache/index3 would tell");
        }
        List<CpuFact> out = new ArrayList<>();
        for (int cpu : universe.toArray()) {
            int numa = v.get(Attribute.NUMA).getOrDefault(cpu, 0);
            out.add(new CpuFact(cpu, v.get(Attribute.CORE).getOrDefault(cpu, cpu),
                    v.get(Attribute.SOCKET).getOrDefault(cpu, numa), numa, v.get(Attribute.UNCORE).get(cpu), "merged"));
        }
        CpuCompare.checkCores(out, r);
        return out;
    }

    /** No source describes the CPUs: only their ids are known (a checkpoint, node capacity). */
    private static List<CpuFact> fallback(MergeReport r, CpuSet cpus, String source) {
        List<CpuFact> out = new ArrayList<>();
        if (cpus == null || cpus.isEmpty()) {
            r.find(ImportFinding.Severity.ERROR, "no source describes the CPUs: add lscpu -p (or lscpu,"
                    + " numactl -H, sysfs) output; the scenario has no topology");
            return out;
        }
        r.gave("CPU ids", source + " (only the ids)");
        r.assume(source, "no CPU topology source: CPUs " + cpus + " taken to be one socket, one NUMA node,"
                + " one CPU per core; paste lscpu -p for the real layout");
        r.find(ImportFinding.Severity.WARNING, "the CPU layout is a placeholder built from " + source
                + "; add lscpu -p (or numactl -H, sysfs) output before trusting CPU placement", source);
        for (int cpu : cpus.toArray()) {
            out.add(new CpuFact(cpu, cpu, 0, 0, null, "fallback"));
        }
        return out;
    }
}
