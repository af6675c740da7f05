package org.profmonitor.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.formula.UnitData;

class CampaignValuesTest {

    @Test
    void readsTheDemoFormat() throws IOException {
        CampaignValues values = CampaignValues.read(new StringReader(
                "\uFEFForganisation;element;value\nTVR-SON-01;GRADS11;22\nTVR-SON-01;VUZ;14\n\nTVR-SON-02;GRADS11;0\n"),
                "test.csv");

        assertEquals(Set.of("TVR-SON-01", "TVR-SON-02"), values.organisations());
        assertEquals(14.0, values.value("TVR-SON-01", "VUZ"));
        assertNull(values.value("TVR-SON-02", "VUZ"));
        UnitData unit = values.unitData(List.of("TVR-SON-01", "TVR-SON-03"));
        assertEquals(List.of("TVR-SON-01", "TVR-SON-03"), unit.organisationIds());
        assertNull(unit.value("TVR-SON-03", "GRADS11"), "an organisation that did not report");
    }

    @Test
    void rejectsMalformedFiles() {
        assertThrows(IOException.class, () -> CampaignValues.read(new StringReader("org;el;val\n"), "x"));
        assertThrows(IOException.class,
                () -> CampaignValues.read(new StringReader("organisation;element;value\nA;B\n"), "x"));
        assertThrows(IOException.class,
                () -> CampaignValues.read(new StringReader("organisation;element;value\nA;B;много\n"), "x"));
        IOException twice = assertThrows(IOException.class,
                () -> CampaignValues.read(new StringReader("organisation;element;value\nA;B;1\nA;B;2\n"), "x.csv"));
        assertEquals("x.csv:3: figure given twice: A;B;2", twice.getMessage());
    }
}
