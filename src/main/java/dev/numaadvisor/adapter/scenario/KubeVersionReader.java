package dev.numaadvisor.adapter.scenario;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.problem.Problem;

/**
 * The optional {@code kubernetesVersion} of Scenario, HintMerge and Fleet files: absent means the
 * newest release the simulator knows; a release outside the modelled range is a problem.
 */
public final class KubeVersionReader {
    private KubeVersionReader() {
    }

    /** {@code node} may be null (field absent). Problems go to the node's collector. */
    public static KubeVersion read(YNode node) {
        if (node == null || node.isNull()) {
            return KubeVersion.NEWEST;
        }
        String text = node.scalarOrNull();
        try {
            KubeVersion v = KubeVersion.parse(text == null ? "" : text);
            if (v.compareTo(KubeVersion.OLDEST) < 0 || v.compareTo(KubeVersion.NEWEST) > 0) {
                node.error(Problem.Kind.UNSUPPORTED, text, "the simulator knows Kubernetes "
                        + KubeVersion.OLDEST + " to " + KubeVersion.NEWEST, null);
                return KubeVersion.NEWEST;
            }
            return v;
        } catch (IllegalArgumentException e) {
            node.error(Problem.Kind.INVALID, text, "expected a Kubernetes release such as \"1.35\"", null);
            return KubeVersion.NEWEST;
        }
    }
}
