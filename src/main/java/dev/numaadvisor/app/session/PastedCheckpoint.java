package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.yaml.YamlValues;
import java.util.Map;

/**
 * A kubelet checkpoint the user pasted or loaded: the engine's reading of it ({@code value}, a
 * CpuManagerCheckpoint or MemoryManagerCheckpoint) and the document as written, kept so a
 * saved session holds exactly what was pasted.
 */
public record PastedCheckpoint<T>(T value, Map<String, Object> document) {
    public PastedCheckpoint {
        if (value == null) {
            throw new IllegalArgumentException("a pasted checkpoint needs its reading");
        }
        document = YamlValues.frozenMap(document);
    }
}
