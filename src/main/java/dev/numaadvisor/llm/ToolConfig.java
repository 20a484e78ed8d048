package dev.numaadvisor.llm;

import dev.langchain4j.model.output.structured.Description;
import dev.numaadvisor.app.assistant.KubeletDraft;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A kubelet config as the tools take it: the NUMA fields, each optional (left out = the kubelet's
 * default), or {@code draft: true} for the config numa-advisor drafts for the node's first pod
 * under {@code topologyManagerPolicy} (static CPU and memory managers, reservations).
 */
public record ToolConfig(
        @Description("none, best-effort, restricted or single-numa-node") String topologyManagerPolicy,
        @Description("container or pod") String topologyManagerScope,
        @Description("none or static") String cpuManagerPolicy,
        @Description("None, Static or BestEffort") String memoryManagerPolicy,
        @Description("CPU list such as 0,48 or 0-1") String reservedSystemCPUs,
        @Description("CPU manager options turned on, e.g. [full-pcpus-only]") List<String> cpuManagerPolicyOptions,
        @Description("true: numa-advisor drafts a checked config for topologyManagerPolicy; other fields ignored")
        Boolean draft) {

    /** Sets the session's config (drafting needs its node and first pod); names the bad field on error. */
    void applyTo(Session session, String tool) {
        if (Boolean.TRUE.equals(draft)) {
            String policy = ToolArgs.required(topologyManagerPolicy, tool, "config.topologyManagerPolicy");
            session.config(KubeletDraft.draft(session, policy.trim(), true));
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>(SessionConfig.defaults().fields());
        put(fields, "cpuManagerPolicy", cpuManagerPolicy);
        if (cpuManagerPolicyOptions != null && !cpuManagerPolicyOptions.isEmpty()) {
            Map<String, Object> options = new TreeMap<>();
            cpuManagerPolicyOptions.forEach(o -> options.put(ToolArgs.required(o, tool,
                    "config.cpuManagerPolicyOptions[]").trim(), "true"));
            fields.put("cpuManagerPolicyOptions", options);
        }
        put(fields, "memoryManagerPolicy", memoryManagerPolicy);
        put(fields, "reservedSystemCPUs", reservedSystemCPUs);
        put(fields, "topologyManagerPolicy", topologyManagerPolicy);
        put(fields, "topologyManagerScope", topologyManagerScope);
        session.config(SessionConfig.of(fields));
    }

    private static void put(Map<String, Object> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.trim());
        }
    }
}
