package dev.numaadvisor.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numaadvisor.core.model.Quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums print as {@code resource.Quantity.String()} prints them. */
class KubeQuantityTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1Gi|1Gi",
                "1024Mi|1Gi",
                "1536Mi|1536Mi",
                "1073741824|1073741824",
                "12|12",
                "0|0",
                "1000|1k",
                "1500|1500",
                "1G|1G",
                "100Mi + 1Gi|1124Mi",
                "1Gi + 100Mi|1124Mi",
                "1G + 100Mi|1104857600",
                "512 + 512Mi|536871424",
                "1e3|1e3",
                "1.5Gi|1536Mi",
                "0.5Ki|512",
                "500m|500m",
                "0 + 1Gi|1Gi",
                "4Gi + 12Gi + 100Mi|16484Mi"
            })
    void canonicalText(String addends, String expected) {
        KubeQuantityText.Sum sum = new KubeQuantityText.Sum();
        for (String a : addends.split("\\+")) {
            sum.add(Quantity.parse(a.trim()));
        }
        assertEquals(expected, sum.toString());
    }

    @ParameterizedTest(name = "reservedMemory {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"1024, 1Ki|2Ki", "1Ki, 1024|2048", "512Mi, 0|512Mi"})
    void lastNonZeroReservationDecidesTheFormat(String entries, String expected) {
        KubeQuantityText.Sum sum = new KubeQuantityText.Sum();
        for (String e : entries.split(",")) {
            sum.addInFront(Quantity.parse(e.trim()));
        }
        assertEquals(expected, sum.toString());
    }
}
