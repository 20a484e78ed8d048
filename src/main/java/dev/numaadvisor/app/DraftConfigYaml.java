package dev.numaadvisor.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** A drafted KubeletConfiguration as YAML, each field preceded by a {@code # why} comment. */
public final class DraftConfigYaml {
    private DraftConfigYaml() {
    }

    public static String render(List<DraftResult.Field> fields) {
        StringBuilder sb = new StringBuilder();
        sb.append("# drafted by numa-advisor: review before use, it changes nothing by itself\n");
        sb.append("apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n");
        for (DraftResult.Field f : fields) {
            sb.append("# why: ").append(f.why()).append('\n');
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(f.name(), f.value());
            sb.append(yaml().dump(one));
        }
        return sb.toString();
    }

    private static Yaml yaml() {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setSplitLines(false);
        return new Yaml(o);
    }
}
