package dev.numaadvisor.app;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.rule.LintPod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What lint checks when it is already typed (a REPL session), so no text is read: the decoded
 * config with its fields as written (named {@code configName} in findings), the pods, pasted
 * checkpoint documents (kubelet file shapes) and the machine (null = machine rules stay quiet).
 */
public record LintSubject(String configName, KubeletConfigDocument config, Map<String, Object> configFields,
                          List<LintPod> pods, List<Map<String, Object>> checkpoints, Machine machine) {
    public LintSubject {
        // Not Map.copyOf: a field written "reservedSystemCPUs:" holds null, and lint must see it.
        configFields = Collections.unmodifiableMap(new LinkedHashMap<>(configFields));
        pods = List.copyOf(pods);
        checkpoints = List.copyOf(checkpoints);
    }
}
