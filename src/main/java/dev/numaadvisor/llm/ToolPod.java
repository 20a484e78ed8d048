package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;
import dev.numaadvisor.app.session.PodSpec;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.scenario.ScenarioPod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pod as the tools take it: one container's requests. Guaranteed (limits = requests) unless
 * {@code qosClass} is Burstable, as in the REPL's {@code /pod add}.
 */
public record ToolPod(
        @Description("the pod's name, e.g. train-0") String name,
        @Description("CPU request as a Kubernetes quantity, e.g. 8 or 3500m") String cpu,
        @Description("memory request as a Kubernetes quantity, e.g. 16Gi") String memory,
        @Description("other resources such as GPUs: [{name: nvidia.com/gpu, amount: 1}]") List<ToolResource> resources,
        @Description("Guaranteed (default: limits equal requests) or Burstable (requests only)") String qosClass) {

    /** The pod as the session holds it; IllegalArgumentException names the bad field. */
    ScenarioPod toPod(String tool, String at) {
        String podName = ToolArgs.required(name, tool, at + ".name").trim();
        Map<String, Quantity> requests = new TreeMap<>();
        if (cpu != null) {
            requests.put("cpu", ToolArgs.quantity(cpu, tool, at + ".cpu"));
        }
        if (memory != null) {
            requests.put("memory", ToolArgs.quantity(memory, tool, at + ".memory"));
        }
        List<ToolResource> extra = resources == null ? List.of() : resources;
        for (int i = 0; i < extra.size(); i++) {
            ToolResource r = extra.get(i);
            String path = at + ".resources[" + i + "]";
            String resource = PodSpec.resource(ToolArgs.required(r == null ? null : r.name(), tool, path + ".name"));
            requests.put(resource, ToolArgs.quantity(ToolArgs.required(r.amount(), tool, path + ".amount"), tool,
                    path + ".amount"));
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException(tool + ": " + at + " asks for nothing: give cpu, memory or resources");
        }
        boolean guaranteed = qosClass == null || qosClass.equalsIgnoreCase("Guaranteed");
        if (!guaranteed && !qosClass.equalsIgnoreCase("Burstable")) {
            throw new IllegalArgumentException(tool + ": " + at + ".qosClass \"" + qosClass
                    + "\": expected Guaranteed or Burstable");
        }
        try {
            return ScenarioPod.single(podName, requests, guaranteed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(tool + ": " + at + ": " + e.getMessage());
        }
    }
}
