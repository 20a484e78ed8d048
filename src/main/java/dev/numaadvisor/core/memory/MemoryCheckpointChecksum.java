package dev.numaadvisor.core.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The checksum the kubelet stores in {@code memory_manager_state}: FNV-1a (32 bit) over the go-spew
 * {@code %#v} dump of the checkpoint struct with checksum 0 (checkpointmanager {@code
 * checksum.New}). Pointers inside maps print as {@code <*>}, map keys are sorted (NUMA ids
 * numerically, strings bytewise), struct fields carry their Go types:
 *
 * <pre>(*state.MemoryManagerCheckpoint){PolicyName:(string)Static MachineState:(state.NUMANodeMap)
 * map[0:<*>{NumberOfAssignments:(int)1 MemoryMap:(map[v1.ResourceName]*state.MemoryTable)
 * map[memory:<*>{TotalMemSize:(uint64)2048 ...}] Cells:([]int)[0]}] Entries:(...)map[...]
 * Checksum:(checksum.Checksum)0}</pre>
 *
 * (shown wrapped; the dump has no line breaks). Checked against a checkpoint a kubelet wrote.
 */
public final class MemoryCheckpointChecksum {
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private MemoryCheckpointChecksum() {}

    /** The checksum the kubelet would store for this content (its own checksum is ignored). */
    public static long of(MemoryManagerCheckpoint cp) {
        return fnv32a(utf8(dump(cp)));
    }

    static String dump(MemoryManagerCheckpoint cp) {
        StringBuilder sb =
                new StringBuilder("(*state.MemoryManagerCheckpoint){PolicyName:(string)");
        sb.append(cp.policyName()).append(" MachineState:(state.NUMANodeMap)map[");
        String sep = "";
        for (Map.Entry<Integer, NumaNodeState> e : cp.machineState().entrySet()) {
            sb.append(sep).append(e.getKey()).append(":<*>");
            node(sb, e.getValue());
            sep = " ";
        }
        sb.append("] Entries:(state.ContainerMemoryAssignments)map[");
        sep = "";
        for (String pod : bytewise(cp.entries().keySet())) {
            sb.append(sep).append(pod).append(":map[");
            Map<String, List<MemoryBlock>> containers = cp.entries().get(pod);
            String inner = "";
            for (String container : bytewise(containers.keySet())) {
                sb.append(inner).append(container).append(":[");
                blocks(sb, containers.get(container));
                sb.append(']');
                inner = " ";
            }
            sb.append(']');
            sep = " ";
        }
        return sb.append("] Checksum:(checksum.Checksum)0}").toString();
    }

    private static void node(StringBuilder sb, NumaNodeState n) {
        sb.append("{NumberOfAssignments:(int)")
                .append(n.numberOfAssignments())
                .append(" MemoryMap:(map[v1.ResourceName]*state.MemoryTable)map[");
        String sep = "";
        for (String resource : bytewise(n.memoryMap().keySet())) {
            MemoryTable t = n.memoryMap().get(resource);
            sb.append(sep)
                    .append(resource)
                    .append(":<*>{TotalMemSize:(uint64)")
                    .append(Long.toUnsignedString(t.total()))
                    .append(" SystemReserved:(uint64)")
                    .append(Long.toUnsignedString(t.systemReserved()))
                    .append(" Allocatable:(uint64)")
                    .append(Long.toUnsignedString(t.allocatable()))
                    .append(" Reserved:(uint64)")
                    .append(Long.toUnsignedString(t.reserved()))
                    .append(" Free:(uint64)")
                    .append(Long.toUnsignedString(t.free()))
                    .append('}');
            sep = " ";
        }
        sb.append("] Cells:([]int)").append(ints(n.cells())).append('}');
    }

    private static void blocks(StringBuilder sb, List<MemoryBlock> blocks) {
        String sep = "";
        for (MemoryBlock b : blocks) {
            sb.append(sep)
                    .append("{NUMAAffinity:([]int)")
                    .append(ints(b.numaAffinity()))
                    .append(" Type:(v1.ResourceName)")
                    .append(b.type())
                    .append(" Size:(uint64)")
                    .append(Long.toUnsignedString(b.size()))
                    .append('}');
            sep = " ";
        }
    }

    /** {@code [0 1]}: spew prints slices space-separated. */
    private static String ints(List<Integer> ids) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(ids.get(i));
        }
        return sb.append(']').toString();
    }

    /** Go sorts strings by their UTF-8 bytes. */
    private static List<String> bytewise(Iterable<String> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(out::add);
        out.sort((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b)));
        return out;
    }

    private static long fnv32a(byte[] data) {
        int h = FNV_OFFSET;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h & 0xffffffffL;
    }

    /** UTF-8 bytes, encoded here so the engine needs no charset classes. */
    private static byte[] utf8(String s) {
        byte[] buf = new byte[s.length() * 4];
        int n = 0;
        for (int cp : s.codePoints().toArray()) {
            if (cp < 0x80) {
                buf[n++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[n++] = (byte) (0xC0 | (cp >> 6));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                buf[n++] = (byte) (0xE0 | (cp >> 12));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            }
        }
        return Arrays.copyOf(buf, n);
    }
}
