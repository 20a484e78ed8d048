package dev.numaadvisor.app.session;

import dev.numaadvisor.adapter.kubelet.KubeletConfigDocument;
import dev.numaadvisor.adapter.kubelet.KubeletConfigReader;
import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import dev.numaadvisor.adapter.yaml.YamlValues;
import dev.numaadvisor.core.config.KubeletConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session's KubeletConfiguration: every field as the user wrote it ({@code fields}, kept in
 * order for {@code /config show}, apiVersion and kind included) and the document the kubelet
 * decodes from them. Defaults come only from {@link KubeletConfig#defaults()}: a field left out
 * is the kubelet's default. A decode error is data (the kubelet would not start), not a refusal.
 */
public record SessionConfig(Map<String, Object> fields, KubeletConfigDocument document) {
    /** The name positions and decode errors are reported against. */
    public static final String SOURCE = "session-config";

    public SessionConfig {
        fields = YamlValues.frozenMap(fields);
        if (document == null) {
            throw new IllegalArgumentException("a session config needs its decoded document");
        }
    }

    /** Only apiVersion and kind: every field at the kubelet's default. */
    public static SessionConfig defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", KubeletConfigReader.API_VERSION);
        m.put("kind", KubeletConfigReader.KIND);
        return of(m);
    }

    /** Decodes {@code fields}; throws InputException when they are not even a readable document. */
    public static SessionConfig of(Map<String, Object> fields) {
        YNode node = YamlSource.value(SOURCE, fields);
        KubeletConfigDocument doc = KubeletConfigReader.read(node);
        node.problems().throwIfAny();
        return new SessionConfig(fields, doc);
    }

    /** The same fields with {@code field} set (added at the end when new). */
    public SessionConfig with(String field, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        m.put(field, value);
        return of(m);
    }

    /** What the kubelet makes of the fields (its defaults where the fields say nothing). */
    public KubeletConfig config() {
        return document.config();
    }

    /** The kubelet's start-up message when the fields do not decode; null when they do. */
    public String decodeError() {
        return document.decodeFailureMessage();
    }
}
