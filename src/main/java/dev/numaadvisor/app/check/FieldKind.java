package dev.numaadvisor.app.check;

import java.util.Locale;

/**
 * What a labelled value in an answer states, read from its label: "Exclusive cpuset", "Memory
 * NUMA nodes", "GPU", "Merged hint", "Admitted?", "Reason" (a table header, a list item's label, or
 * a row label joined with its column header, as in "Memory (16Gi) NUMA"). Null for labels that
 * state nothing the engine decides ("Context", "Details", "Why").
 */
enum FieldKind {
    MERGED_HINT, REASON, CPU_NUMA, MEMORY_NUMA, DEVICE_NUMA, NUMA, NUMA_SLICE, VERDICT, REJECTED_QUESTION, DEVICE, CPUS, MEMORY;

    static FieldKind of(String label) {
        if (label == null) {
            return null;
        }
        String l = label.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ");
        // "Node:" and "Your node" describe the machine; a NUMA field says "NUMA".
        boolean numa = l.matches("(?s).*\\b(?:numa|numa\\s+nodes?)\\b.*");
        if (l.matches("(?s).*\\b(?:request|requests|requested|limit|limits|count|number|size|how\\s+many|millicores|qos"
                + "|capacity|allocatable|free|left|total)\\b.*")) {
            return null; // how much is asked or free, not which CPUs a pod got
        }
        boolean device = l.matches("(?s).*\\b(?:gpus?|devices?|nics?|vfs?|nvidia\\.com/gpu|[a-z0-9.-]+/[a-z0-9_.-]+)\\b.*");
        boolean cpu = l.matches("(?s).*\\b(?:cpus?|cpuset|cpu\\s*set|cores?|logical\\s+cpus)\\b.*");
        boolean memory = l.matches("(?s).*\\b(?:memory|mem|hugepages\\S*)\\b.*");
        if (l.contains("hint")) {
            // "GPU hint: [0]" is one provider's hint, not the merged one; those are not checked.
            return l.matches("(?s).*\\b(?:cpu|cpus|memory|gpu|gpus|device|devices|nic|vf|hugepages\\S*)\\s+hints?\\b.*")
                    ? null : MERGED_HINT;
        }
        if (l.contains("reason") || l.contains("error")) {
            return REASON;
        }
        if (l.strip().matches("(?:on\\s+)?numa\\s*(?:node\\s*)?#?\\d{1,2}")) {
            return NUMA_SLICE; // "NUMA 0: 1-15 and 49-63": the part of the set on that node
        }
        if (numa) {
            return memory ? MEMORY_NUMA : device ? DEVICE_NUMA : cpu ? CPU_NUMA : NUMA;
        }
        if (l.matches("(?s).*\\b(?:rejected|fails?|failed)\\b.*")) {
            return REJECTED_QUESTION;
        }
        if (l.matches("(?s).*\\b(?:admitted|admission|admits?|result|verdict|outcome|status|fits\\??)\\b.*")) {
            return VERDICT;
        }
        if (device) {
            return DEVICE;
        }
        if (cpu) {
            return CPUS;
        }
        return memory ? MEMORY : null;
    }
}
