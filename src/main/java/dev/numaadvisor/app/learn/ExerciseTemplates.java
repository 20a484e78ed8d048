package dev.numaadvisor.app.learn;

import dev.numaadvisor.app.learn.Exercise.AnswerKind;
import dev.numaadvisor.core.admission.ContainerResult;
import dev.numaadvisor.core.admission.PodResult;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.hint.TopologyHint;
import dev.numaadvisor.core.model.Machine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The exercise templates of {@code /learn}. Each draws its machine and pod from the given
 * {@link Random} (seeded, so the same seed gives the same exercises) and takes its expected answer
 * from the simulator, never from the template: the template only asks the question.
 */
final class ExerciseTemplates {
    /** A named template: the seeded parameters in, an exercise graded by the engine out. */
    record Template(String name, Function<Random, Exercise> make) {
    }

    static final List<Template> ALL = List.of(
            new Template("restricted-admission", ExerciseTemplates::restrictedAdmission),
            new Template("first-pod-cpus", ExerciseTemplates::firstPodCpus),
            new Template("merged-hint", ExerciseTemplates::mergedHint),
            new Template("integer-or-fractional-cpu", ExerciseTemplates::integerOrFractionalCpu),
            new Template("single-numa-node-gpu", ExerciseTemplates::singleNumaNodeGpu),
            new Template("burstable-shared", ExerciseTemplates::burstableShared),
            new Template("full-pcpus-only", ExerciseTemplates::fullPcpusOnly),
            new Template("second-pod-cpus", ExerciseTemplates::secondPodCpus),
            new Template("gpu-numa", ExerciseTemplates::gpuNuma));

    private ExerciseTemplates() {
    }

    /** A GPU on NUMA 0, which also holds the reserved core; the pod asks for a NUMA node's worth or less. */
    static Exercise restrictedAdmission(Random r) {
        int cores = 3 + r.nextInt(3);
        int cpus = 2 * cores - (r.nextBoolean() ? 2 : 0);
        Lab lab = new Lab("2x" + cores + "x2 gpu@0").reserveFirstCore(2, cores, 2)
                .set("topologyManagerPolicy", "restricted").pod("train", String.valueOf(cpus), "1", true);
        PodResult p = lab.run().pod("train");
        return exercise(lab, "restricted-admission", "Will pod train be admitted under restricted?",
                AnswerKind.YES_NO, Lab.yesNo(p));
    }

    static Exercise firstPodCpus(Random r) {
        int cores = 4 + 2 * r.nextInt(2);
        int cpus = 2 * (1 + r.nextInt(3));
        Lab lab = new Lab("2x" + cores + "x2").reserveFirstCore(2, cores, 2).pod("web", String.valueOf(cpus), null,
                true);
        return exercise(lab, "first-pod-cpus", "Which CPUs will pod web get?", AnswerKind.CPUS, cpus(lab.run(), "web"));
    }

    static Exercise mergedHint(Random r) {
        int cores = 4 + r.nextInt(3);
        int gpuNuma = r.nextInt(2);
        int cpus = r.nextBoolean() ? cores - 1 - r.nextInt(2) : cores + 1 + r.nextInt(2);
        Lab lab = new Lab("2x" + cores + "x1 gpu@" + gpuNuma).reserveFirstCore(2, cores, 1)
                .set("topologyManagerPolicy", "best-effort")
                .pod("infer", String.valueOf(cpus), "1", true);
        ContainerResult c = lab.run().pod("infer").containers().get(0);
        TopologyHint h = c.mergedHint();
        String expected = h == null || h.affinity() == null ? "0,1" : Grade.join(h.affinity().ids());
        return exercise(lab, "merged-hint", "Under best-effort, which NUMA nodes does pod infer's merged hint name?",
                AnswerKind.NUMA, expected);
    }

    /**
     * A Guaranteed pod asks a whole or a fractional CPU count (2500m); only the whole count is
     * pinned. The name says what varies, not the answer: half the draws are pinned.
     */
    static Exercise integerOrFractionalCpu(Random r) {
        String cpu = r.nextBoolean() ? (2 + r.nextInt(3)) + "500m" : String.valueOf(2 + r.nextInt(3));
        Lab lab = new Lab("2x4x2").reserveFirstCore(2, 4, 2).pod("batch", cpu, null, true);
        return exercise(lab, "integer-or-fractional-cpu", "Will pod batch (Guaranteed, cpu " + cpu
                + ") get exclusive CPUs?", AnswerKind.YES_NO, exclusive(lab.run(), "batch"));
    }

    /** Two GPUs on NUMA 1; a first GPU pod takes some of NUMA 1's CPUs. Does the second still fit there? */
    static Exercise singleNumaNodeGpu(Random r) {
        int cores = 4 + r.nextInt(3);
        int first = 2 * (1 + r.nextInt(cores - 1));
        int second = 2 * (1 + r.nextInt(cores - 1));
        Lab lab = new Lab("2x" + cores + "x2 gpu@1x2").reserveFirstCore(2, cores, 2)
                .set("topologyManagerPolicy", "single-numa-node").pod("prep", String.valueOf(first), "1", true)
                .pod("trainer", String.valueOf(second), "1", true);
        return exercise(lab, "single-numa-node-gpu", "Pods are admitted in the order listed. Will pod trainer be "
                + "admitted under single-numa-node?", AnswerKind.YES_NO, Lab.yesNo(lab.run().pod("trainer")));
    }

    static Exercise burstableShared(Random r) {
        boolean guaranteed = r.nextBoolean();
        int cpus = 2 + 2 * r.nextInt(2);
        Lab lab = new Lab("1x8x2").pod("api", String.valueOf(cpus), null, guaranteed).set("reservedSystemCPUs", "0,8");
        return exercise(lab, "burstable-shared", "Will pod api (" + (guaranteed ? "requests = limits" : "requests only,"
                + " no limits") + ") get exclusive CPUs?", AnswerKind.YES_NO, exclusive(lab.run(), "api"));
    }

    static Exercise fullPcpusOnly(Random r) {
        int cpus = 2 + r.nextInt(4);
        Lab lab = new Lab("2x4x2").reserveFirstCore(2, 4, 2)
                .set("cpuManagerPolicyOptions", new LinkedHashMap<>(Map.of("full-pcpus-only", "true")))
                .pod("db", String.valueOf(cpus), null, true);
        return exercise(lab, "full-pcpus-only", "With full-pcpus-only, will pod db (Guaranteed, " + cpus
                + " CPUs) be admitted?", AnswerKind.YES_NO, Lab.yesNo(lab.run().pod("db")));
    }

    static Exercise secondPodCpus(Random r) {
        int first = 2 * (1 + r.nextInt(3));
        int second = 2 * (1 + r.nextInt(2));
        Lab lab = new Lab("2x4x2").reserveFirstCore(2, 4, 2).pod("one", String.valueOf(first), null, true)
                .pod("two", String.valueOf(second), null, true);
        return exercise(lab, "second-pod-cpus", "Pods are admitted in the order listed. Which CPUs will pod two get?",
                AnswerKind.CPUS, cpus(lab.run(), "two"));
    }

    static Exercise gpuNuma(Random r) {
        int gpuNuma = r.nextInt(4);
        int cpus = 1 + r.nextInt(3);
        Lab lab = new Lab("2x8x1 nps=2 gpu@" + gpuNuma).reserveFirstCore(2, 8, 1)
                .set("topologyManagerPolicy", "single-numa-node")
                .pod("vision", String.valueOf(cpus), "1", true);
        SimulationResult sim = lab.run();
        ContainerResult c = sim.pod("vision").containers().get(0);
        String expected = c.cpus() == null ? "none" : numaOf(lab.machine(), c);
        return exercise(lab, "gpu-numa", "Which NUMA node(s) will pod vision's CPUs come from?", AnswerKind.NUMA,
                expected);
    }

    private static String numaOf(Machine machine, ContainerResult c) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int id : c.cpus().toArray()) {
            ids.add(machine.topology().cpu(id).numaNode());
        }
        return Grade.join(ids);
    }

    private static String cpus(SimulationResult sim, String pod) {
        ContainerResult c = sim.pod(pod).containers().get(0);
        return c.exclusiveCpus() && c.cpus() != null ? c.cpus().toString() : "none";
    }

    private static String exclusive(SimulationResult sim, String pod) {
        PodResult p = sim.pod(pod);
        return p.admitted() && p.containers().get(0).exclusiveCpus() ? "yes" : "no";
    }

    private static Exercise exercise(Lab lab, String name, String question, AnswerKind kind, String expected) {
        return new Exercise(name, question, lab.setup(), kind, expected, lab.run().trace());
    }
}
