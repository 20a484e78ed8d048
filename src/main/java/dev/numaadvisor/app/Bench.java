package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.FleetSpec;
import dev.numaadvisor.core.hint.HintBounds;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.trace.Trace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Use case "bench": the headline speed figures without JMH (a short warm-up, then a timed loop):
 * indicative only; the JMH suite (README) gives the reportable numbers. Loops are timed in thread
 * CPU time, not wall time: on a shared, loaded machine wall time mostly measures the neighbours.
 */
public final class Bench {
    /** Long enough for C2 to finish compiling the admission path on a loaded machine. */
    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;
    /** {@code --quick}: enough for C1 code and a stable order of magnitude, not for C2. */
    private static final long QUICK_WARMUP_NANOS = 200_000_000L;
    private static final long QUICK_MEASURE_NANOS = 300_000_000L;

    private Bench() {
    }

    /** One line of the bench table. */
    public record Figure(String what, double value, String unit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s %14.1f %s", what, value, unit);
        }
    }

    /**
     * The in-process figures, each handed to {@code out} as soon as it is measured; {@code quick}
     * measures fewer machine sizes for a shorter time and leaves out the fleet.
     */
    public static void run(boolean quick, java.util.function.Consumer<Figure> out) {
        long warmup = quick ? QUICK_WARMUP_NANOS : WARMUP_NANOS;
        long measure = quick ? QUICK_MEASURE_NANOS : MEASURE_NANOS;
        for (int numa : new int[] {2, 8}) {
            out.accept(new Figure("admission, single-numa-node, " + numa + " NUMA nodes (1 thread)",
                    admissionsPerSecond(numa, warmup, measure), "admissions/CPU-s"));
        }
        for (int numa : quick ? new int[] {16, 64} : new int[] {12, 16, 24, 32, 64}) {
            out.accept(new Figure("admission, best-effort, " + numa + " NUMA nodes"
                    + (numa > HintBounds.PLAIN_MAX_NUMA_NODES ? " (bounded hints)" : " (all hints listed)"),
                    manyNumaAdmissionMicros(numa, warmup, measure), "us/admission"));
        }
        out.accept(new Figure("merge, 3 providers, 8 NUMA nodes (single-numa-node)",
                mergeMicros(8, "single-numa-node", warmup, measure), "us/merge"));
        for (int numa : quick ? new int[0] : new int[] {16, 32, 64}) {
            out.accept(new Figure("merge, 3 providers, " + numa + " NUMA nodes (best-effort, max-allowable)",
                    mergeMicros(numa, "best-effort", warmup, measure), "us/merge"));
        }
        if (!quick) {
            FleetSpec spec = BenchScenarios.bigFleet();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            FleetReport r = Fleet.run(spec, FleetProgress.NONE, Runtime.getRuntime().availableProcessors());
            double seconds = (System.nanoTime() - start) / 1e9;
            String what = "fleet " + r.nodes() + " nodes x " + r.pods() + " pods x " + r.outcomes().size()
                    + " configs (churn), warm";
            out.accept(new Figure(what, seconds, "s wall"));
            if (cpuStart >= 0) {
                out.accept(new Figure(what, (processCpuNanos() - cpuStart) / 1e9, "s CPU (all threads)"));
            }
        }
    }

    /** All figures at once (tests, JMH-free scripts). */
    public static List<Figure> run(boolean quick) {
        List<Figure> out = new ArrayList<>();
        run(quick, out::add);
        return out;
    }

    static double admissionsPerSecond(int numaNodes, long warmup, long measure) {
        NodeSession session = BenchScenarios.session(numaNodes);
        Pod pod = BenchScenarios.pod("bench-pod");
        long[] n = loop(() -> BenchScenarios.admitAndRemove(session, pod), warmup, measure);
        return n[0] / (n[1] / 1e9);
    }

    /**
     * One admission (and removal) of an 8-CPU/16Gi pod with Static memory on a many-NUMA-node
     * machine, in microseconds.
     */
    static double manyNumaAdmissionMicros(int numaNodes, long warmup, long measure) {
        BenchScenarios.ManyNuma m = BenchScenarios.manyNumaNodes(numaNodes);
        long[] n = loop(() -> BenchScenarios.admitAndRemove(m.session(), m.pod()), warmup, measure);
        return n[1] / 1e3 / n[0];
    }

    static double mergeMicros(int numaNodes, String policyName, long warmup, long measure) {
        Policy policy = BenchScenarios.policy(numaNodes, policyName);
        List<ProviderHints> hints = BenchScenarios.threeProviders(numaNodes);
        Trace trace = Trace.disabled();
        long[] n = loop(() -> policy.merge(hints, trace).admit(), warmup, measure);
        return n[1] / 1e3 / n[0];
    }

    /**
     * Runs the body for the warm-up, then counts calls for the measuring time: {calls, nanos}, both
     * periods in this thread's CPU time (wall time where the JVM cannot measure it).
     */
    private static long[] loop(java.util.function.BooleanSupplier body, long warmup, long measure) {
        long end = threadNanos() + warmup;
        boolean sink = false;
        while (threadNanos() < end) {
            sink ^= body.getAsBoolean();
        }
        long start = threadNanos();
        long calls = 0;
        long now;
        do {
            for (int i = 0; i < 64; i++) {
                sink ^= body.getAsBoolean();
            }
            calls += 64;
            now = threadNanos();
        } while (now - start < measure);
        return new long[] {calls + (sink ? 0 : 0), now - start};
    }

    private static long threadNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of the whole process, or -1 when the platform does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
        return -1;
    }
}
