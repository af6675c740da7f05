/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.generator.ValueGenerator;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.OrganisationKind;

class ValueGeneratorTest {

    private final IndicatorSet set = TverSet.contribution().indicatorSet();

    @Test
    void sameSeedSameFiguresOtherSeedOthers() {
        ValueGenerator first = new ValueGenerator(set, 7);
        ValueGenerator again = new ValueGenerator(set, 7);
        ValueGenerator other = new ValueGenerator(set, 8);
        double[] a = first.values("R01-001-001", OrganisationKind.SECONDARY_SCHOOL, 1);
        assertArrayEquals(a, again.values("R01-001-001", OrganisationKind.SECONDARY_SCHOOL, 1));
        assertFalse(Arrays.equals(a, other.values("R01-001-001", OrganisationKind.SECONDARY_SCHOOL, 1)));
        assertFalse(Arrays.equals(a, first.values("R01-001-001", OrganisationKind.SECONDARY_SCHOOL, 0)),
                "the next campaign drifts");
    }

    @Test
    void smallCountryIsASampleOfTheBigOne() {
        SyntheticCountry small = new SyntheticCountry(new GeneratorSettings(1, 2, 3, 1, 5));
        SyntheticCountry big = new SyntheticCountry(new GeneratorSettings(3, 4, 5, 1, 5));
        Organisation inSmall = small.regions().get(0).getMunicipalities().get(1).getOrganisations().get(2);
        Organisation inBig = big.regions().get(0).getMunicipalities().get(1).getOrganisations().get(2);
        assertEquals("R01-002-003", inSmall.getCode());
        assertEquals(inSmall.getCode(), inBig.getCode());
        assertEquals(inSmall.getKind(), inBig.getKind());
        assertEquals(inSmall.getName(), inBig.getName());
        ValueGenerator generator = new ValueGenerator(set, 5);
        assertArrayEquals(generator.values(inSmall.getCode(), inSmall.getKind(), 0),
                generator.values(inBig.getCode(), inBig.getKind(), 0));
    }

    @Test
    void wholesComeBeforeTheirParts() {
        List<DataElement> elements = new ValueGenerator(set, 1).elements();
        assertEquals(set.getDataElements().size(), elements.size());
        for (DataElement element : elements) {
            if (element.getWhole() != null) {
                assertTrue(elements.indexOf(element.getWhole()) < elements.indexOf(element), element.getCode());
            }
        }
    }

    /* Over 600 organisations of both campaigns every rule of the import holds for every figure. */
    @Test
    void partsNeverExceedTheirWholeAndFiguresKeepTheirRange() {
        ValueGenerator generator = new ValueGenerator(set, 42);
        List<DataElement> elements = generator.elements();
        SyntheticCountry country = new SyntheticCountry(new GeneratorSettings(2, 15, 20, 2, 42));
        int checked = 0;
        for (Municipality municipality : country.regions().stream().flatMap(d -> d.getMunicipalities().stream()).toList()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                for (int campaign = 0; campaign < 2; campaign++) {
                    double[] values = generator.values(organisation.getCode(), organisation.getKind(), campaign);
                    Map<DataElement, Double> byElement = new HashMap<>();
                    for (int i = 0; i < values.length; i++) {
                        byElement.put(elements.get(i), values[i]);
                    }
                    check(byElement);
                    checked++;
                }
            }
        }
        assertEquals(2 * 15 * 20 * 2, checked);
    }

    private static void check(Map<DataElement, Double> values) {
        Map<String, Double> groupSums = new HashMap<>();
        values.forEach((element, value) -> {
            String what = element.getCode() + '=' + value;
            if (element.getMin() != null) {
                assertTrue(value >= element.getMin(), what);
            }
            if (element.getMax() != null) {
                assertTrue(value <= element.getMax(), what);
            }
            if (element.getType() == DataElementType.COUNT) {
                assertEquals(Math.rint(value), value, what);
            }
            if (element.getType() == DataElementType.FLAG) {
                assertTrue(value == 0 || value == 1, what);
            }
            DataElement whole = element.getWhole();
            if (whole != null) {
                assertTrue(value <= values.get(whole), what + " > " + whole.getCode() + '=' + values.get(whole));
                if (element.getPartGroup() != null) {
                    groupSums.merge(whole.getCode() + '/' + element.getPartGroup(), value, Double::sum);
                }
            }
        });
        groupSums.forEach((group, sum) -> {
            String whole = group.substring(0, group.indexOf('/'));
            double wholeValue = values.entrySet().stream().filter(e -> e.getKey().getCode().equals(whole))
                    .findFirst().orElseThrow().getValue();
            assertTrue(sum <= wholeValue, group + " sums to " + sum + " > " + wholeValue);
        });
    }
}
