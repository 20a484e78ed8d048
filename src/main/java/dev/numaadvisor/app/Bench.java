package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.FleetSpec;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Use case "bench": the headline speed figures without JMH (a short warm-up, then a timed loop):
 * indicative only; the JMH suite (README) gives the reportable numbers.
 */
public final class Bench {
    private static final long WARMUP_NANOS = 1_000_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;

    private Bench() {
    }

    /** One line of the bench table. */
    public record Figure(String what, double value, String unit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s %14.1f %s", what, value, unit);
        }
    }

    public static List<Figure> run(boolean quick) {
        List<Figure> out = new ArrayList<>();
        for (int numa : new int[] {2, 8}) {
            out.add(new Figure("admission, single-numa-node, " + numa + " NUMA nodes (1 thread)",
                    admissionsPerSecond(numa), "admissions/s"));
        }
        out.add(new Figure("merge, 3 providers, 8 NUMA nodes (single-numa-node)",
                mergeMicros(8, "single-numa-node"), "us/merge"));
        for (int numa : new int[] {16, 32, 64}) {
            out.add(new Figure("merge, 3 providers, " + numa + " NUMA nodes (best-effort, max-allowable)",
                    mergeMicros(numa, "best-effort"), "us/merge"));
        }
        if (!quick) {
            FleetSpec spec = BenchScenarios.bigFleet();
            long start = System.nanoTime();
            FleetReport r = Fleet.run(spec, FleetProgress.NONE, Runtime.getRuntime().availableProcessors());
            double seconds = (System.nanoTime() - start) / 1e9;
            out.add(new Figure("fleet " + r.nodes() + " nodes x " + r.pods() + " pods x " + r.outcomes().size()
                    + " configs (churn)", seconds, "s"));
        }
        return out;
    }

    static double admissionsPerSecond(int numaNodes) {
        NodeSession session = BenchScenarios.session(numaNodes);
        Pod pod = BenchScenarios.pod("bench-pod");
        long[] n = loop(() -> BenchScenarios.admitAndRemove(session, pod));
        return n[0] / (n[1] / 1e9);
    }

    static double mergeMicros(int numaNodes, String policyName) {
        Policy policy = BenchScenarios.policy(numaNodes, policyName);
        List<ProviderHints> hints = BenchScenarios.threeProviders(numaNodes);
        Trace trace = Trace.disabled();
        long[] n = loop(() -> policy.merge(hints, trace).admit());
        return n[1] / 1e3 / n[0];
    }

    /** Runs the body for the warm-up, then counts calls for the measuring time: {calls, nanos}. */
    private static long[] loop(java.util.function.BooleanSupplier body) {
        long end = System.nanoTime() + WARMUP_NANOS;
        boolean sink = false;
        while (System.nanoTime() < end) {
            sink ^= body.getAsBoolean();
        }
        long start = System.nanoTime();
        long calls = 0;
        long now;
        do {
            for (int i = 0; i < 64; i++) {
                sink ^= body.getAsBoolean();
            }
            calls += 64;
            now = System.nanoTime();
        } while (now - start < MEASURE_NANOS);
        return new long[] {calls + (sink ? 0 : 0), now - start};
    }
}
