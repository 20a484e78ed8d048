package dev.numaadvisor.adapter.kubelet;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.core.config.KubeletConfig;
import dev.numaadvisor.core.config.ReservedMemory;
import dev.numaadvisor.core.model.Quantity;
import dev.numaadvisor.core.problem.EditDistance;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a KubeletConfiguration document the way the kubelet decodes it. Type errors are not
 * input errors here but decode errors (the kubelet would not start); unknown fields are kept as
 * "ignored" (the kubelet decodes leniently and starts). Also unwraps configz JSON.
 */
public final class KubeletConfigReader {
    public static final String API_VERSION = "kubelet.config.k8s.io/v1beta1";
    public static final String KIND = "KubeletConfiguration";

    private final Map<String, SourcePosition> positions = new HashMap<>();
    private final List<Problem> ignored = new ArrayList<>();
    private final List<Problem> decodeErrors = new ArrayList<>();

    private KubeletConfigReader() {
    }

    /** True when the node looks like a KubeletConfiguration or configz wrapper. */
    public static boolean looksLikeConfig(YNode doc) {
        if (!doc.isMap()) {
            return false;
        }
        YNode inner = unwrapConfigz(doc);
        return inner != doc || KIND.equals(scalar(doc, "kind"));
    }

    private static String scalar(YNode doc, String key) {
        if (!doc.has(key)) {
            return null;
        }
        YNode n = doc.get(key);
        return n.isScalar() ? n.scalarOrNull() : null;
    }

    private static YNode unwrapConfigz(YNode doc) {
        if (doc.isMap() && doc.keys().size() == 1 && doc.has("kubeletconfig")) {
            return doc.get("kubeletconfig");
        }
        return doc;
    }

    public static KubeletConfigDocument read(YNode document) {
        return new KubeletConfigReader().readDocument(unwrapConfigz(document));
    }

    private KubeletConfigDocument readDocument(YNode doc) {
        if (!doc.isMap()) {
            decode(doc, "the document is not a mapping: expected a KubeletConfiguration");
            return new KubeletConfigDocument(KubeletConfig.defaults(), positions, ignored, decodeErrors, doc.position());
        }
        checkHeader(doc);
        KubeletConfig d = KubeletConfig.defaults();
        KubeletConfig config = new KubeletConfig(
                str(doc, "cpuManagerPolicy", d.cpuManagerPolicy()),
                strMap(doc, "cpuManagerPolicyOptions"),
                str(doc, "memoryManagerPolicy", d.memoryManagerPolicy()),
                str(doc, "topologyManagerPolicy", d.topologyManagerPolicy()),
                str(doc, "topologyManagerScope", d.topologyManagerScope()),
                strMap(doc, "topologyManagerPolicyOptions"),
                str(doc, "reservedSystemCPUs", ""),
                quantityMap(doc, "kubeReserved"),
                quantityMap(doc, "systemReserved"),
                doc.has("evictionHard") ? strMap(doc, "evictionHard") : d.evictionHard(),
                reservedMemory(doc),
                boolMap(doc, "featureGates"),
                doc.has("enforceNodeAllocatable") ? strList(doc, "enforceNodeAllocatable") : d.enforceNodeAllocatable(),
                str(doc, "systemReservedCgroup", ""),
                str(doc, "kubeReservedCgroup", ""),
                int32(doc, "maxPods", d.maxPods()),
                int32(doc, "podsPerCore", d.podsPerCore()));
        for (String key : doc.keys()) {
            positions.putIfAbsent(key, doc.keyPosition(key));
            if (!KubeletConfigFields.ALL.contains(key)) {
                ignored.add(new Problem(Problem.Kind.UNKNOWN_FIELD, key, doc.keyPosition(key), key,
                        "not a KubeletConfiguration field: the kubelet ignores it (lenient decoding)",
                        hintFor(key)));
            }
        }
        doc.allow(doc.keys().toArray(new String[0]));
        return new KubeletConfigDocument(config, positions, ignored, decodeErrors, doc.position());
    }

    private static String hintFor(String key) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String k : KubeletConfigFields.ALL) {
            int score = EditDistance.between(key.toLowerCase(), k.toLowerCase());
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return bestScore <= 3 ? "did you mean \"" + best + "\"?" : "remove it or check the spelling";
    }

    private void checkHeader(YNode doc) {
        String apiVersion = scalar(doc, "apiVersion");
        String kind = scalar(doc, "kind");
        if (apiVersion != null && !API_VERSION.equals(apiVersion)) {
            decode(doc.get("apiVersion"), "no kind \"" + kind + "\" is registered for version \""
                    + apiVersion + "\": expected apiVersion " + API_VERSION);
        }
        if (kind != null && !KIND.equals(kind)) {
            decode(doc.get("kind"), "no kind \"" + kind + "\" is registered for version \"" + API_VERSION
                    + "\": expected kind " + KIND);
        }
    }

    private void decode(YNode at, String message) {
        decodeErrors.add(new Problem(Problem.Kind.INVALID, at.path(), at.position(), at.scalarOrNull(),
                message, null));
    }

    /** Go's json decoder wording for a value of the wrong type. */
    private void typeError(YNode at, String field, String goType) {
        String jsonKind = jsonKind(at);
        decodeErrors.add(new Problem(Problem.Kind.INVALID, at.path(), at.position(), at.scalarOrNull(),
                "json: cannot unmarshal " + jsonKind + " into Go struct field KubeletConfiguration."
                        + field + " of type " + goType,
                "string values must be quoted in YAML, e.g. \"true\""));
    }

    private static String jsonKind(YNode n) {
        if (n.isMap()) {
            return "object";
        }
        if (n.isList()) {
            return "array";
        }
        Object v = n.toJava();
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Number) {
            return "number";
        }
        return "string";
    }

    /**
     * The field's value, its position recorded for later messages; null when the field is absent
     * or null (an explicit null keeps the kubelet's default, as a missing field does).
     */
    private YNode given(YNode doc, String key) {
        if (!doc.has(key)) {
            return null;
        }
        YNode n = doc.get(key);
        positions.put(key, n.position());
        return n.isNull() ? null : n;
    }

    private String str(YNode doc, String key, String fallback) {
        YNode n = given(doc, key);
        if (n == null) {
            return fallback;
        }
        if (!n.isStringTagged()) {
            // sigs.k8s.io/yaml turns an unquoted number into a JSON number, which a string field rejects.
            if (n.isScalar() && "reservedSystemCPUs".equals(key) && n.toJava() instanceof Number) {
                return n.scalarOrNull();
            }
            typeError(n, key, "string");
            return fallback;
        }
        return n.scalarOrNull();
    }

    /** An int32 field; null keeps the default, anything but a whole number is a decode error. */
    private int int32(YNode doc, String key, int fallback) {
        YNode n = given(doc, key);
        if (n == null) {
            return fallback;
        }
        Object v = n.toJava();
        if (!(v instanceof Long) || (Long) v > Integer.MAX_VALUE || (Long) v < Integer.MIN_VALUE) {
            typeError(n, key, "int32");
            return fallback;
        }
        return ((Long) v).intValue();
    }

    private Map<String, String> strMap(YNode doc, String key) {
        Map<String, String> out = new TreeMap<>();
        YNode m = given(doc, key);
        if (m == null) {
            return out;
        }
        if (!m.isMap()) {
            typeError(m, key, "map[string]string");
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            YNode v = e.getValue();
            positions.put(key + "." + e.getKey(), v.position());
            if (!v.isStringTagged()) {
                typeError(v, key, "string");
                continue;
            }
            out.put(e.getKey(), v.scalarOrNull());
        }
        return out;
    }

    private Map<String, Boolean> boolMap(YNode doc, String key) {
        Map<String, Boolean> out = new TreeMap<>();
        if (!doc.has(key)) {
            return out;
        }
        YNode m = doc.get(key);
        positions.put(key, m.position());
        if (!m.isMap()) {
            typeError(m, key, "map[string]bool");
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            positions.put(key + "." + e.getKey(), e.getValue().position());
            Object v = e.getValue().toJava();
            if (!(v instanceof Boolean)) {
                typeError(e.getValue(), key, "bool");
                continue;
            }
            out.put(e.getKey(), (Boolean) v);
        }
        return out;
    }

    private Map<String, Quantity> quantityMap(YNode doc, String key) {
        Map<String, Quantity> out = new TreeMap<>();
        for (Map.Entry<String, String> e : strMapLenient(doc, key).entrySet()) {
            try {
                out.put(e.getKey(), Quantity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                decodeErrors.add(new Problem(Problem.Kind.INVALID, key + "." + e.getKey(),
                        positions.get(key + "." + e.getKey()), e.getValue(),
                        "quantities must match the regular expression "
                                + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", null));
            }
        }
        return out;
    }

    /** Like strMap, but numbers are accepted as quantities (a JSON number decodes into a Quantity). */
    private Map<String, String> strMapLenient(YNode doc, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!doc.has(key)) {
            return out;
        }
        YNode m = doc.get(key);
        positions.put(key, m.position());
        if (!m.isMap()) {
            typeError(m, key, "map[string]resource.Quantity");
            return out;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            positions.put(key + "." + e.getKey(), e.getValue().position());
            if (!e.getValue().isScalar() || e.getValue().isNull()) {
                typeError(e.getValue(), key, "resource.Quantity");
                continue;
            }
            out.put(e.getKey(), e.getValue().scalarOrNull());
        }
        return out;
    }

    private List<String> strList(YNode doc, String key) {
        List<String> out = new ArrayList<>();
        YNode l = doc.get(key);
        positions.put(key, l.position());
        if (!l.isList()) {
            typeError(l, key, "[]string");
            return out;
        }
        for (YNode i : l.items()) {
            if (i.isStringTagged()) {
                out.add(i.scalarOrNull());
            } else {
                typeError(i, key, "string");
            }
        }
        return out;
    }

    private List<ReservedMemory> reservedMemory(YNode doc) {
        List<ReservedMemory> out = new ArrayList<>();
        if (!doc.has("reservedMemory")) {
            return out;
        }
        YNode list = doc.get("reservedMemory");
        positions.put("reservedMemory", list.position());
        if (list.isNull()) {
            return out;
        }
        if (!list.isList()) {
            typeError(list, "reservedMemory", "[]v1beta1.MemoryReservation");
            return out;
        }
        List<YNode> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            String at = "reservedMemory[" + i + "]";
            positions.put(at, item.position());
            if (!item.isMap() || !item.has("numaNode")) {
                decode(item, "reservedMemory entry needs numaNode and limits");
                continue;
            }
            YNode numa = item.get("numaNode");
            Object n = numa.toJava();
            if (!(n instanceof Long)) {
                typeError(numa, "reservedMemory.numaNode", "int32");
                continue;
            }
            positions.put(at + ".numaNode", numa.position());
            Map<String, Quantity> limits = quantityMap(item, "limits");
            item.get("limits");
            for (String k : item.keys()) {
                positions.put(at + "." + k, item.keyPosition(k));
            }
            out.add(new ReservedMemory(((Long) n).intValue(), limits));
        }
        return out;
    }
}
