/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.profmonitor.generator.internal.Seeds;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.OrganisationKind;

/**
 * Plausible figures for the data elements of an indicator set, for one organisation and campaign,
 * derived from nothing but the set's own definitions: the element's type (count, number, flag),
 * its range, and its whole and part group. A whole is drawn first, then its parts: a part never
 * exceeds its whole, and the parts of one group never sum to more than it (19 + 45 ≤ 64). The
 * first whole without a whole of its own is the organisation's number of students; further ones
 * (graduates of a grade) are a cohort of it. Deterministic for a seed and an organisation's code.
 */
public final class ValueGenerator {

    private final long seed;
    private final List<DataElement> elements;
    private final Map<DataElement, Integer> index = new HashMap<>();
    private final DataElement population;

    /**
     * @param set  the indicator set whose data elements are generated
     * @param seed the country's seed
     */
    public ValueGenerator(IndicatorSet set, long seed) {
        this.seed = seed;
        this.elements = List.copyOf(wholesFirst(set.getDataElements()));
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
        this.population = elements.stream().filter(e -> e.getWhole() == null && type(e) == DataElementType.COUNT)
                .findFirst().orElse(null);
    }

    /** @return the data elements, every whole before its parts; {@link #values} is aligned with it */
    public List<DataElement> elements() {
        return elements;
    }

    /**
     * @param organisationCode the organisation
     * @param kind             its kind: basic schools are smaller
     * @param campaign         the campaign's number, 0 for the first: figures drift a little from year to year
     * @return one figure per element of {@link #elements()}
     */
    public double[] values(String organisationCode, OrganisationKind kind, int campaign) {
        SplittableRandom stable = new SplittableRandom(Seeds.of(seed, organisationCode, 1));
        SplittableRandom random = new SplittableRandom(Seeds.of(seed, organisationCode, 100 + campaign));
        boolean small = kind == OrganisationKind.BASIC_SCHOOL;
        double size = (small ? 40 + stable.nextInt(310) : 150 + stable.nextInt(1050))
                * (1 + 0.03 * campaign + 0.05 * (random.nextDouble() - 0.5));
        double[] values = new double[elements.size()];
        Set<String> groupsDone = new LinkedHashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            DataElement element = elements.get(i);
            DataElement whole = element.getWhole();
            String group = element.getPartGroup();
            if (whole == null) {
                values[i] = root(element, size, random);
            } else if (group == null || group.isBlank()) {
                values[i] = part(element, values[index.get(whole)], random.nextDouble(0.2, 1.0));
            } else if (groupsDone.add(whole.getCode() + '\u0000' + group)) {
                fillGroup(whole, group, values, random);
            }
        }
        return values;
    }

    private double root(DataElement element, double size, SplittableRandom random) {
        return switch (type(element)) {
        case FLAG -> clamp(element, random.nextDouble() < 0.75 ? 1 : 0);
        case NUMBER -> clamp(element, Math.round(10 * random.nextDouble(low(element), high(element))) / 10.0);
        default -> clamp(element, Math.floor(element == population ? size : size * random.nextDouble(0.06, 0.12)));
        };
    }

    /*
     * The parts of one group share at most their whole: weights split a fraction of 85-100 % of it,
     * and rounding down keeps the sum at or below the whole.
     */
    private void fillGroup(DataElement whole, String group, double[] values, SplittableRandom random) {
        List<DataElement> parts = new ArrayList<>();
        for (DataElement part : elements) {
            if (part.getWhole() == whole && group.equals(part.getPartGroup())) {
                parts.add(part);
            }
        }
        double[] weights = new double[parts.size()];
        double total = 0;
        for (int p = 0; p < weights.length; p++) {
            weights[p] = random.nextDouble(0.5, 1.5);
            total += weights[p];
        }
        double share = random.nextDouble(0.85, 1.0);
        double wholeValue = values[index.get(whole)];
        for (int p = 0; p < weights.length; p++) {
            DataElement part = parts.get(p);
            values[index.get(part)] = part(part, wholeValue, share * weights[p] / total);
        }
    }

    private static double part(DataElement part, double whole, double share) {
        double value = whole * share;
        value = type(part) == DataElementType.NUMBER ? Math.round(value * 10) / 10.0 : Math.floor(value);
        return Math.min(clamp(part, value), whole);
    }

    private static double clamp(DataElement element, double value) {
        double result = value;
        if (element.getMax() != null) {
            result = Math.min(result, element.getMax());
        }
        if (element.getMin() != null) {
            result = Math.max(result, element.getMin());
        }
        return result;
    }

    private static double low(DataElement element) {
        return element.getMin() == null ? 0 : element.getMin();
    }

    private static double high(DataElement element) {
        double high = element.getMax() == null ? 100 : element.getMax();
        return high > low(element) ? high : low(element) + 1;
    }

    private static DataElementType type(DataElement element) {
        return element.getType() == null ? DataElementType.COUNT : element.getType();
    }

    /* Depth-first over the whole relation; the model's validation rules out cycles. */
    private static List<DataElement> wholesFirst(List<DataElement> all) {
        Set<DataElement> ordered = new LinkedHashSet<>();
        for (DataElement element : all) {
            addWithWholes(element, ordered, all.size());
        }
        return new ArrayList<>(ordered);
    }

    private static void addWithWholes(DataElement element, Set<DataElement> ordered, int depthLeft) {
        if (ordered.contains(element) || depthLeft == 0) {
            return;
        }
        if (element.getWhole() != null) {
            addWithWholes(element.getWhole(), ordered, depthLeft - 1);
        }
        ordered.add(element);
    }
}
