package dev.numaadvisor.core.rule;

import dev.numaadvisor.core.config.KubeVersion;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the rules look at, as pure data. {@code config} has the kubelet's defaults applied;
 * {@code configGiven} is false when only pods were linted (config rules then stay quiet).
 * {@code writtenFields} are the field paths the user wrote ({@code cpuManagerPolicyOptions.x});
 * {@code scalars} are the document's other top-level scalar fields as text
 * ({@code mergeDefaultEvictionSettings}, {@code cpuCFSQuota}). {@code machine} is null without
 * {@code --node}.
 */
public record LintView(KubeletConfig config, boolean configGiven, Map<String, SourcePosition> positions,
                       SourcePosition documentPosition, Map<String, String> scalars,
                       List<Problem> decodeErrors, List<Problem> ignoredFields, Machine machine,
                       List<LintPod> pods, List<StateCheckpoint> checkpoints, KubeVersion version) {
    public LintView {
        positions = Map.copyOf(positions);
        scalars = java.util.Collections.unmodifiableMap(new TreeMap<>(scalars));
        decodeErrors = List.copyOf(decodeErrors);
        ignoredFields = List.copyOf(ignoredFields);
        pods = List.copyOf(pods);
        checkpoints = List.copyOf(checkpoints);
        documentPosition = documentPosition == null ? SourcePosition.UNKNOWN : documentPosition;
    }

    /** Where a field was written, or where the document starts when it was not. */
    public SourcePosition at(String fieldPath) {
        return positions.getOrDefault(fieldPath, documentPosition);
    }

    /** Position of the first of the paths that was written. */
    public SourcePosition at(String... fieldPaths) {
        for (String p : fieldPaths) {
            if (positions.containsKey(p)) {
                return positions.get(p);
            }
        }
        return documentPosition;
    }

    public boolean written(String fieldPath) {
        return positions.containsKey(fieldPath);
    }

    public Set<String> writtenFields() {
        return positions.keySet();
    }

    public boolean hasMachine() {
        return machine != null;
    }

    /** A gate's effective value for this release: the user's setting, else the release default. */
    public boolean gate(String name) {
        Boolean set = config.featureGates().get(name);
        return set != null ? set : FeatureGates.defaultValue(name, version);
    }
}
