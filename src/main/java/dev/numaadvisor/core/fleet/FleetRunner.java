package dev.numaadvisor.core.fleet;

import dev.numaadvisor.core.model.Device;
import dev.numaadvisor.core.model.Resources;
import dev.numaadvisor.core.pod.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs a fleet spec config by config and compares each with the {@code none} baseline. Runs are
 * independent, so a front end may run them on several threads via {@link #runOne}; the report
 * is the same either way.
 */
public final class FleetRunner {
    private FleetRunner() {
    }

    /** One unit of work: a config, with or without the NUMA-aware scheduler filter. */
    public record Job(FleetConfig config, boolean numaAwareScheduler) {
    }

    /**
     * Configs in file order, each single-numa-node one followed by its NUMA-aware run when asked:
     * the NodeResourceTopology filter judges only nodes under that policy, so on any other the
     * NUMA-aware run would repeat the plain one.
     */
    public static List<Job> jobs(FleetSpec spec) {
        List<Job> jobs = new ArrayList<>();
        for (FleetConfig c : spec.configs()) {
            jobs.add(new Job(c, false));
            if (spec.numaAwareScheduler() && NumaFilter.of(true, c.config()) != NumaFilter.NONE) {
                jobs.add(new Job(c, true));
            }
        }
        return jobs;
    }

    public static FleetReport run(FleetSpec spec, FleetProgress progress) {
        List<Arrival> arrivals = ArrivalSchedule.draw(spec);
        List<ConfigOutcome> outcomes = new ArrayList<>();
        for (Job job : jobs(spec)) {
            outcomes.add(runOne(spec, arrivals, job, progress));
        }
        return report(spec, arrivals, outcomes);
    }

    public static ConfigOutcome runOne(FleetSpec spec, List<Arrival> arrivals, Job job, FleetProgress progress) {
        return new FleetRun(spec, job.config(), job.numaAwareScheduler(), arrivals, extendedNames(spec))
                .run(progress);
    }

    /** Adds the capacity lost against the first none config that started. */
    public static FleetReport report(FleetSpec spec, List<Arrival> arrivals, List<ConfigOutcome> outcomes) {
        ConfigOutcome baseline = null;
        for (ConfigOutcome o : outcomes) {
            if (baseline == null && o.startError() == null && "none".equals(o.topologyManagerPolicy())) {
                baseline = o;
            }
        }
        List<ConfigOutcome> out = new ArrayList<>();
        for (ConfigOutcome o : outcomes) {
            Double lost = null;
            if (baseline != null && baseline.admittedCpuMillis() > 0 && o.startError() == null) {
                lost = 100.0 * (baseline.admittedCpuMillis() - o.admittedCpuMillis()) / baseline.admittedCpuMillis();
            }
            out.add(o.withCapacityLost(lost));
        }
        return new FleetReport(spec.name(), spec.nodeCount(), arrivals.size(), spec.steps(),
                spec.scoring().kubeName(), spec.seed(), out);
    }

    /** Extended resources the pool offers or the mix asks for, sorted: the index of every device array. */
    static List<String> extendedNames(FleetSpec spec) {
        TreeSet<String> names = new TreeSet<>();
        for (NodeShape s : spec.shapes()) {
            for (Device d : s.machine().devices()) {
                names.add(d.resource());
            }
        }
        for (PodTemplate t : spec.templates()) {
            for (Container c : t.pod().allContainers()) {
                for (String r : c.requests().keySet()) {
                    if (Resources.isExtended(r)) {
                        names.add(r);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }
}
