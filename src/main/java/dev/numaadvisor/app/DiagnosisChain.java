package dev.numaadvisor.app;

import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.Stage;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.cpu.SmtAlignment;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The chain of one container; the first failing link decides the verdict. */
final class DiagnosisChain {
    private DiagnosisChain() {
    }

    /** {@code simulated}: the simulator's typed result for this container ({@link Simulated#NONE} without a node). */
    static Diagnose.ContainerDiagnosis of(Pod pod, Container c, KubeletConfig config, Machine machine,
                                          Simulated simulated) {
        List<Diagnose.Step> steps = new ArrayList<>();
        boolean init = pod.isInit(c);
        if (pod.qosClass() != QosClass.Guaranteed) {
            String why = notGuaranteedBecause(pod);
            steps.add(new Diagnose.Step("NUMA-POD-001", "QoS class " + pod.qosClass() + ": " + why, false));
            return done(c, init, steps, "shared pool because " + why);
        }
        steps.add(new Diagnose.Step("NUMA-POD-001", "QoS class Guaranteed", true));
        Quantity cpu = c.request("cpu");
        if (cpu == null || cpu.milliValue() % 1000 != 0) {
            String v = cpu == null ? "no CPU request" : "CPU request " + cpu + " is not an integer";
            steps.add(new Diagnose.Step("NUMA-POD-002", v, false));
            return done(c, init, steps, "shared pool because " + v);
        }
        long cpus = cpu.milliValue() / 1000;
        steps.add(new Diagnose.Step("NUMA-POD-002", "integer CPU request " + cpus, true));
        if (!KubeletConfig.CPU_POLICY_STATIC.equals(config.cpuManagerPolicy())) {
            String v = "cpuManagerPolicy is " + config.cpuManagerPolicy() + ", nothing is pinned";
            steps.add(new Diagnose.Step("NUMA-CPU-016", v, false));
            return done(c, init, steps, "shared pool because " + v);
        }
        steps.add(new Diagnose.Step("NUMA-CPU-016", "cpuManagerPolicy static", true));
        int smt = machine == null ? 0 : machine.topology().cpusPerCore();
        if (SmtAlignment.enforced(config) && SmtAlignment.notWholeCores(cpus, smt) != null) {
            String v = "full-pcpus-only with SMT " + smt + ": " + cpus + " CPUs are not whole cores";
            steps.add(new Diagnose.Step("NUMA-POD-004", v, false));
            return done(c, init, steps, "rejected with " + SmtAlignment.REASON + ": " + v);
        }
        PodResult simulatedPod = simulated.pod();
        if (simulated.rejected() && simulatedPod.stage() == Stage.ALLOCATION
                && SmtAlignment.REASON.equals(simulatedPod.reason())) {
            // The second case: whole cores, but not that many free CPUs on cores without a reserved thread.
            String v = "full-pcpus-only: " + simulatedPod.message();
            steps.add(new Diagnose.Step("NUMA-POD-004", v, false));
            return done(c, init, steps, "rejected with " + SmtAlignment.REASON + ": " + v);
        }
        steps.add(new Diagnose.Step("NUMA-POD-004", smtText(config, smt, cpus), true));
        steps.add(new Diagnose.Step("NUMA-CPU-002", config.reservedSystemCPUs().isEmpty()
                ? "reserved CPUs from kubeReserved/systemReserved cpu, never handed out exclusively"
                : "reservedSystemCPUs " + config.reservedSystemCPUs() + " are never handed out exclusively", true));
        return done(c, init, steps, verdict(simulated, machine));
    }

    private static String verdict(Simulated simulated, Machine machine) {
        if (simulated.sim() != null && !simulated.started()) {
            return "the kubelet would not start: " + simulated.sim().startError().getMessage();
        }
        if (simulated.rejected()) {
            PodResult r = simulated.pod();
            String lacking = simulated.shortfalls();
            return "the pod is rejected: " + r.reason() + ": " + r.message()
                    + (lacking.isEmpty() ? "" : " (" + lacking + ")");
        }
        if (simulated.container() != null) {
            ContainerResult r = simulated.container();
            if (!r.exclusiveCpus() || r.cpus() == null || r.cpus().isEmpty()) {
                return "shared pool (the simulator gave no exclusive CPUs)";
            }
            return "exclusive CPUs " + r.cpus() + ", aligned on NUMA "
                    + Draft.join(new java.util.TreeSet<>(machine.topology().numaMaskOf(r.cpus()).ids()));
        }
        return "exclusive CPUs (give --node to see which and where)";
    }

    private static String smtText(KubeletConfig config, int smt, long cpus) {
        if (smt == 0) {
            return "SMT level unknown without --node";
        }
        return config.cpuOption("full-pcpus-only") ? "full-pcpus-only: " + cpus + " CPUs are whole cores"
                : "full-pcpus-only off: cores may be split between containers (NUMA-CPU-018)";
    }

    /** The first container (init containers first) whose cpu or memory requests differ from limits. */
    static String notGuaranteedBecause(Pod pod) {
        for (Container c : pod.allContainers()) {
            for (String r : List.of("cpu", "memory")) {
                Quantity req = c.requests().get(r);
                Quantity lim = c.limits().get(r);
                if (lim == null || req == null || req.milliValue() != lim.milliValue()) {
                    String where = (pod.isInit(c) ? "init container `" : "container `") + c.name() + "`";
                    return lim == null ? "no limit for " + r + " in " + where
                            : "requests ≠ limits for " + r + " in " + where;
                }
            }
        }
        return "some container's requests differ from its limits";
    }

    private static Diagnose.ContainerDiagnosis done(Container c, boolean init, List<Diagnose.Step> steps,
                                                    String verdict) {
        return new Diagnose.ContainerDiagnosis(Objects.requireNonNull(c.name()), init, steps, verdict);
    }
}
