package dev.numaadvisor.bench;

import dev.numaadvisor.app.BenchScenarios;
import dev.numaadvisor.core.admission.NodeSession;
import dev.numaadvisor.core.pod.Pod;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One admission (and its removal) of a 4-CPU Guaranteed pod under single-numa-node. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdmissionBenchmark {
    @Param({"2", "8"})
    int numaNodes;

    NodeSession session;
    Pod pod;

    @Setup
    public void setUp() {
        session = BenchScenarios.session(numaNodes);
        pod = BenchScenarios.pod("bench-pod");
    }

    @Benchmark
    public boolean admitAndRemove() {
        return BenchScenarios.admitAndRemove(session, pod);
    }
}
