package dev.numaadvisor.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link DraftResult} as plain text (for people) or as YAML-shaped values (for JSON/YAML). */
public final class DraftReport {
    private DraftReport() {
    }

    public static String text(DraftResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("KubeletConfiguration (").append(r.topologyManagerPolicy()).append(")\n\n");
        sb.append(r.configYaml()).append('\n');
        sb.append("Checks\n  lint: no error finding (kubelet starts)\n  simulator: intended pod ")
                .append(r.admission()).append("\n\n");
        sb.append("Reasoning\n");
        r.reasoning().forEach(l -> sb.append("  - ").append(l).append('\n'));
        sb.append("\nCapacity: copies of the intended pod per node, until the first rejection\n");
        sb.append(String.format("  %-18s %8s %8s  %s%n", "policy", "admitted", "aligned", "first rejection"));
        for (DraftResult.Capacity c : r.capacity()) {
            sb.append(String.format("  %-18s %8d %8d  %s%n", c.policy(), c.admitted(), c.aligned(),
                    c.firstRejection() == null ? "-" : c.firstRejection()));
        }
        sb.append("\nRollout plan (numa-advisor runs nothing)\n");
        List<String> steps = r.rollout();
        for (int i = 0; i < steps.size(); i++) {
            sb.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** Field order fixed for byte-stable JSON and YAML. */
    public static Map<String, Object> values(DraftResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topologyManagerPolicy", r.topologyManagerPolicy());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "kubelet.config.k8s.io/v1beta1");
        config.put("kind", "KubeletConfiguration");
        Map<String, Object> why = new LinkedHashMap<>();
        for (DraftResult.Field f : r.fields()) {
            config.put(f.name(), f.value());
            why.put(f.name(), f.why());
        }
        m.put("kubeletConfig", config);
        m.put("why", why);
        m.put("admission", r.admission());
        m.put("reasoning", r.reasoning());
        m.put("memoryArithmetic", r.memoryArithmetic());
        List<Map<String, Object>> capacity = new java.util.ArrayList<>();
        for (DraftResult.Capacity c : r.capacity()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("policy", c.policy());
            row.put("admitted", c.admitted());
            row.put("aligned", c.aligned());
            row.put("firstRejection", c.firstRejection());
            capacity.add(row);
        }
        m.put("capacity", capacity);
        m.put("rollout", r.rollout());
        return m;
    }
}
