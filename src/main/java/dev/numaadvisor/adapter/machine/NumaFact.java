package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.CpuSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one source says about one NUMA node: its CPUs (null when the source does not list them;
 * empty for a CPU-less node), memory in bytes (null when unknown) with the precision the source
 * prints it in, free memory, hugepages in bytes per resource name ({@code hugepages-1Gi}) and a
 * count of hugepages whose page size the source does not tell.
 */
public record NumaFact(int id, CpuSet cpus, Long memoryBytes, long memoryPrecisionBytes,
                       Long freeBytes, Map<String, Long> hugepagesBytes,
                       Integer hugepagesOfUnknownSize, String source) {
    public NumaFact {
        if (id < 0) {
            throw new IllegalArgumentException("numa node id must not be negative");
        }
        hugepagesBytes = Sorted.copy(hugepagesBytes);
    }

    public static NumaFact ofCpus(int id, CpuSet cpus, String source) {
        return new NumaFact(id, cpus, null, 0, null, Map.of(), null, source);
    }

    /** This fact with the other's known fields filled in where this one has none. */
    public NumaFact fillFrom(NumaFact o) {
        Map<String, Long> huge = new TreeMap<>(o.hugepagesBytes);
        huge.putAll(hugepagesBytes);
        boolean takeMemory = memoryBytes == null && o.memoryBytes != null;
        return new NumaFact(id, cpus != null ? cpus : o.cpus,
                takeMemory ? o.memoryBytes : memoryBytes,
                takeMemory ? o.memoryPrecisionBytes : memoryPrecisionBytes,
                freeBytes != null ? freeBytes : o.freeBytes, huge,
                hugepagesOfUnknownSize != null ? hugepagesOfUnknownSize : o.hugepagesOfUnknownSize,
                source);
    }
}
