package dev.numaadvisor.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Renders a {@link Session} as a Scenario document and YAML-shaped values as block YAML. */
public final class ScenarioYaml {
    private ScenarioYaml() {
    }

    /** A KubeletConfiguration with only apiVersion and kind: every field at the kubelet default. */
    public static Map<String, Object> baseKubeletConfig() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "kubelet.config.k8s.io/v1beta1");
        m.put("kind", "KubeletConfiguration");
        return m;
    }

    static String render(Session s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "numa-advisor/v1");
        doc.put("kind", "Scenario");
        doc.put("name", "session");
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("topology", s.topology());
        if (!s.devices().isEmpty()) {
            node.put("devices", s.devices());
        }
        node.put("kubeletConfig", s.kubeletConfig());
        if (!s.state().isEmpty()) {
            node.put("state", s.state());
        }
        doc.put("node", node);
        doc.put("pods", new ArrayList<>(s.pods().values()));
        return dump(doc);
    }

    public static String dump(Object value) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setSplitLines(false);
        return new Yaml(o).dump(value);
    }
}
