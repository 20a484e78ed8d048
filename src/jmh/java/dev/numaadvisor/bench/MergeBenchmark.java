package dev.numaadvisor.bench;

import dev.numaadvisor.app.BenchScenarios;
import dev.numaadvisor.core.hint.ProviderHints;
import dev.numaadvisor.core.topology.MergeResult;
import dev.numaadvisor.core.topology.Policy;
import dev.numaadvisor.core.trace.Trace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Topology Manager merge of three providers (single masks, pairs and the full mask each) at
 * 8 to 64 NUMA nodes, max-allowable-numa-nodes raised above 8.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MergeBenchmark {
    @Param({"8", "16", "32", "64"})
    int numaNodes;

    @Param({"best-effort", "single-numa-node"})
    String policyName;

    Policy policy;
    List<ProviderHints> hints;
    final Trace trace = Trace.disabled();

    @Setup
    public void setUp() {
        policy = BenchScenarios.policy(numaNodes, policyName);
        hints = BenchScenarios.threeProviders(numaNodes);
    }

    @Benchmark
    public MergeResult merge() {
        return policy.merge(hints, trace);
    }
}
