package dev.numaadvisor.bench;

import dev.numaadvisor.app.BenchScenarios;
import dev.numaadvisor.app.Fleet;
import dev.numaadvisor.core.fleet.FleetProgress;
import dev.numaadvisor.core.fleet.FleetReport;
import dev.numaadvisor.core.fleet.FleetSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** 1,000 nodes x ~100,000 pod arrivals with churn x 4 configs, on all cores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class FleetBenchmark {
    FleetSpec spec;

    @Setup
    public void setUp() {
        spec = BenchScenarios.bigFleet();
    }

    @Benchmark
    public FleetReport fleet() {
        return Fleet.run(spec, FleetProgress.NONE, Runtime.getRuntime().availableProcessors());
    }
}
