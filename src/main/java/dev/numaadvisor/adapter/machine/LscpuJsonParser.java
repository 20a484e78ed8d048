package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.adapter.yaml.YNode;
import dev.numaadvisor.adapter.yaml.YamlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code lscpu --json} ({@code {"lscpu": [{"field": "CPU(s):", "data": "96"}, …]}}, nested
 * {@code children} flattened, null data = empty) and {@code lscpu -e --json}
 * ({@code {"cpus": [{"cpu": 0, "node": 0, …}]}}, values as strings or numbers/booleans).
 */
public final class LscpuJsonParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        YNode root = YamlSource.single(source.fileName(), source.text());
        if (root.isMap() && root.has("lscpu")) {
            List<LscpuField> fields = new ArrayList<>();
            flatten(root.get("lscpu"), fields);
            root.problems().throwIfAny();
            return LscpuSummary.toFacts(source, InputFormat.LSCPU_JSON, fields);
        }
        if (root.isMap() && root.has("cpus")) {
            List<LscpuRow> rows = new ArrayList<>();
            for (YNode cpu : root.get("cpus").items()) {
                rows.add(row(cpu));
            }
            root.problems().throwIfAny();
            return LscpuTable.toFacts(source, InputFormat.LSCPU_JSON, rows, List.of());
        }
        throw InputErrors.missing(source, 1, "neither an \"lscpu\" nor a \"cpus\" list",
                "paste the output of lscpu --json or lscpu -e --json");
    }

    private static void flatten(YNode list, List<LscpuField> out) {
        for (YNode entry : list.items()) {
            if (!entry.expectMap()) {
                continue;
            }
            String field = entry.string("field", "");
            YNode data = entry.get("data");
            String value = data == null || data.isNull() ? "" : data.asString();
            String key = field.endsWith(":") ? field.substring(0, field.length() - 1) : field;
            out.add(new LscpuField(key.trim(), value == null ? "" : value.trim(),
                    entry.position().line()));
            YNode children = entry.get("children");
            if (children != null) {
                flatten(children, out);
            }
        }
    }

    private static LscpuRow row(YNode cpu) {
        Map<String, String> values = new LinkedHashMap<>();
        if (cpu.expectMap()) {
            cpu.entries().forEach((k, v) -> values.put(k.toUpperCase(Locale.ROOT),
                    v.isNull() ? "-" : v.isScalar() ? v.scalarOrNull() : "?"));
        }
        return new LscpuRow(values, cpu.position().line());
    }
}
