package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps documents the lead's readers own as they are, for the scenario: a KubeletConfiguration
 * (YAML, or configz JSON with its {@code {"kubeletconfig": …}} wrapper removed and apiVersion/kind
 * added), a {@code cpu_manager_state} or a {@code memory_manager_state} checkpoint.
 */
public final class PassThroughParser implements FactsParser {
    static final String KUBELET_API_VERSION = "kubelet.config.k8s.io/v1beta1";
    static final String KUBELET_KIND = "KubeletConfiguration";

    private final InputFormat format;

    public PassThroughParser(InputFormat format) {
        this.format = format;
    }

    @Override
    @SuppressWarnings("unchecked")
    public NodeFacts parse(SourceText source) {
        YNode root = YamlSource.single(source.fileName(), source.text());
        if (!root.expectMap()) {
            root.problems().throwIfAny();
        }
        Map<String, Object> content = (Map<String, Object>) root.toJava();
        NodeFactsBuilder b = NodeFacts.builder(source, format);
        switch (format) {
            case KUBELET_CONFIG:
                b.kubeletConfig(content);
                break;
            case KUBELET_CONFIGZ:
                b.kubeletConfig(unwrapConfigz(source, content));
                b.assume("configz is the effective configuration (defaults and flags included);"
                        + " apiVersion and kind added");
                break;
            case CPU_MANAGER_CHECKPOINT:
                b.cpuManagerCheckpoint(content);
                break;
            case MEMORY_MANAGER_CHECKPOINT:
                b.memoryManagerCheckpoint(content);
                break;
            default:
                throw new AssertionError(format);
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unwrapConfigz(SourceText source, Map<String, Object> content) {
        Object inner = content.get("kubeletconfig");
        if (!(inner instanceof Map)) {
            throw InputErrors.missing(source, 1, "no \"kubeletconfig\" object",
                    "paste the output of kubectl get --raw /api/v1/nodes/NODE/proxy/configz");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", KUBELET_API_VERSION);
        out.put("kind", KUBELET_KIND);
        ((Map<String, Object>) inner).forEach((k, v) -> {
            if (!k.equals("apiVersion") && !k.equals("kind")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
