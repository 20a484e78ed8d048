package dev.numaadvisor.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "16Gi,17179869184,17179869184000", "3500m,4,3500", "4,4,4000", "1k,1000,1000000",
        "1Ki,1024,1024000", "1e3,1000,1000000", "1.5,2,1500", "100Mi,104857600,104857600000",
        "1G,1000000000,1000000000000", "0.1,1,100", "1n,1,1", "+2,2,2000", "1E,1000000000000000000,9223372036854775807"})
    void valueAndMilliValueRoundUp(String text, long value, long milli) {
        Quantity q = Quantity.parse(text);
        assertEquals(value, q.value());
        assertEquals(milli, q.milliValue());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Gi", "1GB", "1.2.3", "abc", "1 Gi", "--1", "1e"})
    void rejectsWhatKubernetesRejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text));
    }

    @ParameterizedTest(name = "{0} whole={1}")
    @CsvSource({"4,true", "4000m,true", "3500m,false", "1.0,true", "0.5,false"})
    void integerCpuRequests(String text, boolean whole) {
        assertEquals(whole, Quantity.parse(text).isWhole());
    }

    @Property
    void binarySuffixesAreExact(@ForAll @LongRange(min = 0, max = 1_000_000) long n) {
        assertEquals(n * 1024 * 1024, Quantity.parse(n + "Mi").value());
        assertEquals(n, Quantity.parse(n * 1000 + "m").value());
    }
}
