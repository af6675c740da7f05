package org.profmonitor.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.ValueChange;

/**
 * A synthetic campaign for each installed region's set, random but seeded, computed through the
 * store and the formula language, and again here by a plain reading of the rules the formula
 * language documents (Σ numerators / Σ denominators over the organisations that reported every
 * figure; shares of organisations among those reporting). The two must agree for every indicator
 * of the common shapes at every level.
 */
class IndependentRecomputationTest {

    private static final Pattern SHARE = Pattern.compile("share\\(([A-Z0-9_ +]+),([A-Z0-9_ +]+)\\)");
    private static final Pattern SUM = Pattern.compile("sum\\(([A-Z0-9_ +]+)\\)");
    private static final Pattern ORGSHARE = Pattern.compile("(orgshare|count)\\(([A-Z0-9_]+) = 1\\)");

    @Test
    void everyIndicatorOfTheCommonShapesAgreesWithAPlainRecomputation() throws Exception {
        int compared = 0;
        for (IndicatorSetContribution contribution : IndicatorSetRegistry.getDefault().contributions()) {
            compared += compare(contribution, new Random(20231 + contribution.id().hashCode()));
        }
        assertTrue(compared > 1000, "compared " + compared + " values");
    }

    private static int compare(IndicatorSetContribution contribution, Random random) throws Exception {
        Map<String, Map<String, Double>> figures = figures(contribution, random);
        try (Store store = Store.open("jdbc:derby:memory:recompute-" + UUID.randomUUID() + ";create=true")) {
            CampaignInfo info = new CampaignInfo("synthetic", contribution.id(), "synthetic", "2022/23", null, null,
                    null, CampaignStatus.COLLECTING, null, null, null);
            store.campaigns().save(info);
            List<ValueChange> changes = new ArrayList<>();
            figures.forEach((organisation, values) -> values
                    .forEach((element, value) -> changes.add(ValueChange.of(organisation, element, value))));
            store.values().applyValues("synthetic", changes, "test", "synthetic");
            List<IndicatorValue> computed = new ResultCalculation(store, new CampaignContext(info, contribution))
                    .compute(List.of());
            int compared = 0;
            for (IndicatorValue value : computed) {
                Expected expected = expected(value.indicator().getFormula(), value.unit().organisationCodes(), figures);
                if (expected == null) {
                    continue; // a shape this test does not recompute
                }
                String where = contribution.id() + ' ' + value.indicator().getCode() + ' ' + value.unit().code();
                if (expected.value() == null) {
                    assertNull(value.value(), where);
                } else {
                    assertEquals(expected.value(), value.value(), 1e-9, where);
                }
                if (expected.denominator() != null) {
                    assertNear(expected.numerator(), value.result().numerator(), where + " numerator");
                    assertNear(expected.denominator(), value.result().denominator(), where + " denominator");
                }
                compared++;
            }
            return compared;
        }
    }

    /* Every organisation of the directory: one in ten sends nothing, the others leave one figure in twenty out. */
    private static Map<String, Map<String, Double>> figures(IndicatorSetContribution contribution, Random random) {
        Map<String, Map<String, Double>> figures = new HashMap<>();
        for (Municipality municipality : contribution.directory().getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                Map<String, Double> values = new HashMap<>();
                for (DataElement element : contribution.indicatorSet().getDataElements()) {
                    if (element.getType() != DataElementType.FLAG && random.nextInt(20) == 0) {
                        continue;
                    }
                    values.put(element.getCode(), (double) (element.getType() == DataElementType.FLAG
                            ? random.nextInt(2) : random.nextInt(300)));
                }
                figures.put(organisation.getCode(), values);
            }
        }
        return figures;
    }

    private static void assertNear(Double expected, Double actual, String where) {
        assertTrue(expected == null ? actual == null : actual != null && Math.abs(expected - actual) < 1e-9,
                where + ": expected " + expected + ", computed " + actual);
    }

    private record Expected(Double value, Double numerator, Double denominator) {
    }

    private static Expected expected(String formula, List<String> organisations, Map<String, Map<String, Double>> figures) {
        String text = formula == null ? "" : formula.strip();
        Matcher share = SHARE.matcher(text);
        if (share.matches()) {
            List<String> n = terms(share.group(1));
            List<String> d = terms(share.group(2));
            double numerator = 0;
            double denominator = 0;
            int included = 0;
            for (String organisation : organisations) {
                Map<String, Double> values = figures.get(organisation);
                if (values != null && hasAll(values, n) && hasAll(values, d)) {
                    numerator += total(values, n);
                    denominator += total(values, d);
                    included++;
                }
            }
            if (included == 0) {
                return new Expected(null, null, null); // nobody reported: no value, nothing to count
            }
            return new Expected(denominator == 0 ? null : numerator / denominator * 100, numerator, denominator);
        }
        Matcher sum = SUM.matcher(text);
        if (sum.matches()) {
            List<String> x = terms(sum.group(1));
            double total = 0;
            boolean any = false;
            for (String organisation : organisations) {
                Map<String, Double> values = figures.get(organisation);
                if (values != null && hasAll(values, x)) {
                    total += total(values, x);
                    any = true;
                }
            }
            return new Expected(any ? total : null, null, null);
        }
        Matcher condition = ORGSHARE.matcher(text);
        if (condition.matches()) {
            String flag = condition.group(2);
            double meeting = 0;
            double reporting = 0;
            for (String organisation : organisations) {
                Map<String, Double> values = figures.get(organisation);
                if (values != null && values.containsKey(flag)) {
                    reporting++;
                    meeting += values.get(flag) == 1 ? 1 : 0;
                }
            }
            if (reporting == 0) {
                return new Expected(null, null, null);
            }
            if (condition.group(1).equals("count")) {
                return new Expected(meeting, meeting, reporting);
            }
            return new Expected(meeting / reporting * 100, meeting, reporting);
        }
        return null;
    }

    private static List<String> terms(String sum) {
        return Arrays.stream(sum.split("\\+")).map(String::strip).toList();
    }

    private static boolean hasAll(Map<String, Double> values, List<String> elements) {
        return elements.stream().allMatch(values::containsKey);
    }

    private static double total(Map<String, Double> values, List<String> elements) {
        return elements.stream().mapToDouble(values::get).sum();
    }
}
