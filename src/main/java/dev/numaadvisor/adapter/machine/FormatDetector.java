package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says which format a file is in, from its content. When the content carries the signature of
 * several formats, the file name breaks the tie if it names exactly one of them; otherwise the
 * detector refuses: "could be X or Y; use --format". It never guesses silently.
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /** The detected format, or null when the content is no format numa-advisor reads. */
    public static Detection detect(SourceText source) {
        Map<InputFormat, String> candidates = FormatSignatures.match(source);
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1) {
            Map.Entry<InputFormat, String> only = candidates.entrySet().iterator().next();
            return new Detection(only.getKey(), "content: " + only.getValue());
        }
        List<InputFormat> named = new ArrayList<>();
        for (InputFormat f : candidates.keySet()) {
            if (nameSuggests(source.baseName(), f)) {
                named.add(f);
            }
        }
        if (named.size() == 1) {
            InputFormat f = named.get(0);
            return new Detection(f, "content could be " + words(candidates.keySet()) + "; the file name \""
                    + source.baseName() + "\" says " + f.cliName());
        }
        throw new InputException(new Problem(Problem.Kind.INVALID, "", new SourcePosition(source.fileName(), 1, 1),
                null, "could be " + words(candidates.keySet()) + "; use --format",
                "e.g. --format " + candidates.keySet().iterator().next().cliName()
                        + ", or split the outputs into one file each"));
    }

    /** Forced with --format, or detected. */
    public static Detection detect(SourceText source, InputFormat forced) {
        return forced != null ? new Detection(forced, "given with --format") : detect(source);
    }

    private static String words(Iterable<InputFormat> formats) {
        List<String> names = new ArrayList<>();
        formats.forEach(f -> names.add(f.description()));
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** File-name hints, used only to break a tie between formats the content allows. */
    static boolean nameSuggests(String baseName, InputFormat f) {
        String n = baseName.toLowerCase(Locale.ROOT);
        switch (f) {
            case LSCPU: return n.contains("lscpu") && !n.matches(".*lscpu[-_.]?(p|e|json)\\b.*") && !n.endsWith(".csv");
            case LSCPU_PARSE: return n.endsWith(".csv") || n.matches(".*lscpu[-_]?p\\b.*");
            case LSCPU_EXTENDED: return n.matches(".*lscpu[-_]?e\\b.*");
            case LSCPU_JSON: return n.contains("lscpu") && n.endsWith(".json");
            case NUMACTL: return n.contains("numactl");
            case SYSFS: return n.contains("sysfs") || n.contains("meminfo") || n.contains("cpulist");
            case NVIDIA_SMI_TOPO: return n.contains("nvidia") || n.contains("topo-m");
            case LSTOPO: return n.contains("lstopo") || n.contains("hwloc");
            case NODE_RESOURCE_TOPOLOGY: return n.contains("nrt") || n.contains("noderesourcetopolog");
            case KUBECTL_NODE_YAML: return n.contains("node") && (n.endsWith(".yaml") || n.endsWith(".yml"));
            case KUBECTL_DESCRIBE_NODE: return n.contains("describe-node") || n.contains("describe_node");
            case KUBECTL_POD_YAML: return n.contains("pod") && (n.endsWith(".yaml") || n.endsWith(".yml"));
            case KUBECTL_DESCRIBE_POD: return n.contains("describe-pod") || n.contains("describe_pod");
            case KUBECTL_EVENTS: return n.contains("event");
            case KUBECTL_GET_PODS: return n.contains("get-pods") || n.contains("get_pods");
            case CPU_MANAGER_CHECKPOINT: return n.contains("cpu_manager_state");
            case MEMORY_MANAGER_CHECKPOINT: return n.contains("memory_manager_state");
            case KUBELET_CONFIG: return n.contains("kubelet") && !n.contains("configz");
            case KUBELET_CONFIGZ: return n.contains("configz");
            default: throw new AssertionError(f);
        }
    }
}
