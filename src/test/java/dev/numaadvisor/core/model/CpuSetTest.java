package dev.numaadvisor.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpuSetTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "0-3,8,10-11;0-3,8,10-11", "3,2,1,0;0-3", "0,1;0-1", "5;5", "'';''", " 0 - 2 , 4 ;0-2,4", "7,7,7;7"})
    void parsesAndPrintsTheKubeletNotation(String in, String out) {
        assertEquals(out, CpuSet.parse(in).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0-", "3-1", "-1", "a", "1,,2", "1-2-3", "99999999"})
    void rejectsBadLists(String in) {
        assertThrows(IllegalArgumentException.class, () -> CpuSet.parse(in));
    }

    @Property
    void printThenParseIsIdentity(@ForAll @Size(max = 64) Set<@IntRange(min = 0, max = 300) Integer> ids) {
        CpuSet s = CpuSet.of(ids);
        assertEquals(s, CpuSet.parse(s.toString()));
        assertEquals(ids.size(), s.size());
    }

    @Property
    void setAlgebraAgreesWithJavaSets(@ForAll Set<@IntRange(min = 0, max = 64) Integer> a,
                                      @ForAll Set<@IntRange(min = 0, max = 64) Integer> b) {
        CpuSet x = CpuSet.of(a);
        CpuSet y = CpuSet.of(b);
        assertEquals(x.size() + y.size(), x.union(y).size() + x.intersection(y).size());
        assertEquals(x, x.difference(y).union(x.intersection(y)));
    }
}
