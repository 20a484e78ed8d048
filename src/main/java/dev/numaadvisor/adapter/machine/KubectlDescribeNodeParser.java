package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.model.Quantity;
import java.util.List;

/**
 * Reads the {@code Capacity:} and {@code Allocatable:} blocks (and {@code Name:}) of
 * {@code kubectl describe node}: indented {@code resource: quantity} lines under each header.
 */
public final class KubectlDescribeNodeParser implements FactsParser {
    @Override
    public NodeFacts parse(SourceText source) {
        NodeFactsBuilder b = NodeFacts.builder(source, InputFormat.KUBECTL_DESCRIBE_NODE);
        List<String> lines = source.lines();
        String section = "";
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented) {
                section = line.trim();
                if (section.startsWith("Name:")) {
                    b.nodeName(section.substring(5).trim());
                }
                continue;
            }
            if (section.equals("Capacity:") || section.equals("Allocatable:")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw InputErrors.badLine(source, i + 1, line, "expected \"resource: quantity\" under "
                            + section, "paste the output of kubectl describe node unchanged");
                }
                String resource = line.substring(0, colon).trim();
                Quantity q = quantity(source, i + 1, resource, line.substring(colon + 1).trim());
                if (section.equals("Capacity:")) {
                    b.capacity(resource, q);
                } else {
                    b.allocatable(resource, q);
                }
                any = true;
            }
        }
        if (!any) {
            throw InputErrors.missing(source, lines.size(), "no Capacity: or Allocatable: block",
                    "paste the output of kubectl describe node NODE");
        }
        return b.build();
    }

    private static Quantity quantity(SourceText source, int line, String resource, String text) {
        try {
            return Quantity.parse(text);
        } catch (IllegalArgumentException e) {
            throw InputErrors.badValue(source, line, resource, text, "not a Kubernetes quantity");
        }
    }
}
