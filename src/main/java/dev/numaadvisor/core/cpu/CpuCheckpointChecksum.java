package dev.numaadvisor.core.cpu;

import dev.numaadvisor.core.model.CpuSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checksum the kubelet stores in {@code cpu_manager_state}: FNV-1a (32 bit) over the go-spew
 * {@code %#v} dump of the checkpoint struct with checksum 0, printed under its pre-V2 type name
 * (the kubelet replaces "CPUManagerCheckpointV2" by "CPUManagerCheckpoint" before hashing, for
 * compatibility):
 *
 * <pre>(*state.CPUManagerCheckpoint){PolicyName:(string)static DefaultCPUSet:(string)0-1
 * Entries:(map[string]map[string]string)map[uid:map[app:2-5]] Checksum:(checksum.Checksum)0}</pre>
 *
 * Map keys are sorted bytewise. Verified against real checkpoint files and the kubelet's tests. The
 * cpuset strings are hashed in canonical list form, which is how the kubelet writes them.
 */
public final class CpuCheckpointChecksum {
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private CpuCheckpointChecksum() {}

    public static long of(CpuManagerCheckpoint cp) {
        return fnv32a(utf8(dump(cp)));
    }

    static String dump(CpuManagerCheckpoint cp) {
        StringBuilder sb = new StringBuilder("(*state.CPUManagerCheckpoint){PolicyName:(string)");
        sb.append(cp.policyName()).append(" DefaultCPUSet:(string)").append(cp.defaultCpuSet());
        sb.append(" Entries:(map[string]map[string]string)map[");
        boolean firstPod = true;
        for (String pod : sortedBytewise(cp.entries().keySet())) {
            if (!firstPod) {
                sb.append(' ');
            }
            firstPod = false;
            sb.append(pod).append(":map[");
            Map<String, CpuSet> containers = cp.entries().get(pod);
            boolean first = true;
            for (String c : sortedBytewise(containers.keySet())) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(c).append(':').append(containers.get(c));
            }
            sb.append(']');
        }
        return sb.append("] Checksum:(checksum.Checksum)0}").toString();
    }

    /** Go sorts strings by their UTF-8 bytes. */
    private static List<String> sortedBytewise(Iterable<String> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(out::add);
        out.sort(
                (a, b) -> {
                    byte[] x = utf8(a);
                    byte[] y = utf8(b);
                    return java.util.Arrays.compareUnsigned(x, y);
                });
        return out;
    }

    static long fnv32a(byte[] data) {
        int h = FNV_OFFSET;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h & 0xffffffffL;
    }

    /** UTF-8 bytes, encoded here so the engine needs no charset classes. */
    static byte[] utf8(String s) {
        java.util.List<Byte> out = new java.util.ArrayList<>(s.length());
        s.codePoints()
                .forEach(
                        cp -> {
                            if (cp < 0x80) {
                                out.add((byte) cp);
                            } else if (cp < 0x800) {
                                out.add((byte) (0xC0 | (cp >> 6)));
                                out.add((byte) (0x80 | (cp & 0x3F)));
                            } else if (cp < 0x10000) {
                                out.add((byte) (0xE0 | (cp >> 12)));
                                out.add((byte) (0x80 | ((cp >> 6) & 0x3F)));
                                out.add((byte) (0x80 | (cp & 0x3F)));
                            } else {
                                out.add((byte) (0xF0 | (cp >> 18)));
                                out.add((byte) (0x80 | ((cp >> 12) & 0x3F)));
                                out.add((byte) (0x80 | ((cp >> 6) & 0x3F)));
                                out.add((byte) (0x80 | (cp & 0x3F)));
                            }
                        });
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return bytes;
    }
}
