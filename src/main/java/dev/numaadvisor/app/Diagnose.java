package dev.numaadvisor.app;

import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.pod.PodReader;
import dev.numaadvisor.adapter.scenario.ScenarioReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.core.admission.NodeSimulator;
import dev.numaadvisor.core.admission.SimulationInput;
import dev.numaadvisor.core.admission.SimulationResult;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.pod.Container;
import dev.numaadvisor.core.pod.Pod;
import dev.numaadvisor.core.pod.QosClass;
import java.util.ArrayList;
import java.util.List;

/**
 * "Why is this container not pinned?": for each container the chain QoS class -> integer CPU ->
 * CPU Manager policy -> SMT alignment -> reserved CPUs -> verdict, each step citing its rule;
 * with a node, the verdict comes from the simulator. Also the known kubelet defects the config
 * and node run into.
 */
public final class Diagnose {
    /** One link of the chain: the rule it rests on, what was found, and whether pinning survives it. */
    public record Step(String ruleId, String finding, boolean passes) {
    }

    public record ContainerDiagnosis(String name, boolean init, List<Step> steps, String verdict) {
        public ContainerDiagnosis {
            steps = List.copyOf(steps);
        }
    }

    public record Diagnosis(String pod, QosClass qosClass, List<ContainerDiagnosis> containers,
                            List<KnownDefects.Defect> defects) {
        public Diagnosis {
            containers = List.copyOf(containers);
            defects = List.copyOf(defects);
        }
    }

    private Diagnose() {
    }

    /** {@code configText}/{@code nodeText} may be null (kubelet defaults; no simulation). */
    public static Diagnosis run(LintInput pod, LintInput config, LintInput node, KubeVersion version) {
        YNode podDoc = YamlSource.single(pod.fileName(), pod.text());
        Pod p = PodReader.read(podDoc).pod();
        podDoc.problems().throwIfAny();
        KubeletConfig c = KubeletConfig.defaults();
        if (config != null) {
            YNode doc = YamlSource.single(config.fileName(), config.text());
            c = KubeletConfigReader.read(doc).config();
            doc.problems().throwIfAny();
        }
        Machine machine = null;
        SimulationResult sim = null;
        if (node != null) {
            SimulationInput in = ScenarioReader.read(node.fileName(), node.text(), n -> null).input();
            machine = in.machine();
            sim = NodeSimulator.run((config == null ? in : in.withConfig(c)).withPods(List.of(p)));
            c = config == null ? in.config() : c;
        }
        List<ContainerDiagnosis> out = new ArrayList<>();
        for (Container container : p.allContainers()) {
            out.add(DiagnosisChain.of(p, container, c, machine, Simulated.of(sim, p.name(), container.name())));
        }
        return new Diagnosis(p.name(), p.qosClass(), out, KnownDefects.of(c, machine, version));
    }

}
