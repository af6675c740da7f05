/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataValue;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.util.ProfmonitorValidator;

/**
 * Rules of the data values of a {@link Campaign}; called from the generated invariant operations.
 * Values carry codes, not references, so they are matched to the campaign's indicator set by code.
 */
public final class CampaignConstraints {

    private CampaignConstraints() {
    }

    /**
     * For every organisation (and disaggregation), a part's value does not exceed its whole's value,
     * and the parts of one whole in the same part group do not add up to more than the whole
     * (19 to grade 10 + 45 to colleges &le; 64 grade-9 graduates).
     */
    public static boolean partsNotAboveWhole(Campaign campaign, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Map<String, DataElement> elements = elements(campaign);
        if (elements.isEmpty()) {
            return true;
        }
        int code = ProfmonitorValidator.CAMPAIGN__PARTS_NOT_ABOVE_WHOLE;
        boolean ok = true;
        for (Map.Entry<String, Map<String, DataValue>> unit : byUnit(campaign).entrySet()) {
            Map<String, DataValue> values = unit.getValue();
            String organisation = unitLabel(values.values().iterator().next());
            for (DataValue part : values.values()) {
                DataElement element = elements.get(part.getElementCode());
                if (element == null || element.getWhole() == null) {
                    continue;
                }
                DataValue whole = values.get(element.getWhole().getCode());
                if (whole != null && exceeds(part.getValue(), whole.getValue())) {
                    ok = false;
                    Reports.error(diagnostics, code, Messages.Constraint_PartAboveWhole,
                            new Object[] { organisation, Reports.label(element), Reports.number(part.getValue()),
                                    Reports.label(element.getWhole()), Reports.number(whole.getValue()) },
                            campaign, part, whole);
                }
            }
            ok &= checkGroups(campaign, elements, values, organisation, code, diagnostics);
        }
        return ok;
    }

    private static boolean checkGroups(Campaign campaign, Map<String, DataElement> elements,
            Map<String, DataValue> values, String organisation, int code, DiagnosticChain diagnostics) {
        boolean ok = true;
        for (DataElement wholeElement : elements.values()) {
            DataValue whole = values.get(wholeElement.getCode());
            if (whole == null) {
                continue;
            }
            Map<String, List<DataValue>> groups = new LinkedHashMap<>();
            for (DataElement partElement : wholeElement.getParts()) {
                DataValue part = values.get(partElement.getCode());
                if (part != null && !Reports.isBlank(partElement.getPartGroup())) {
                    groups.computeIfAbsent(partElement.getPartGroup().trim(), g -> new ArrayList<>()).add(part);
                }
            }
            for (List<DataValue> group : groups.values()) {
                double sum = group.stream().mapToDouble(DataValue::getValue).sum();
                // a group of one is the plain part-whole rule, reported already
                if (group.size() > 1 && exceeds(sum, whole.getValue())) {
                    ok = false;
                    String parts = group.stream()
                            .map(v -> Reports.label(elements.get(v.getElementCode())))
                            .collect(Collectors.joining(" + ")); //$NON-NLS-1$
                    List<Object> data = new ArrayList<>();
                    data.add(campaign);
                    data.addAll(group);
                    data.add(whole);
                    Reports.error(diagnostics, code, Messages.Constraint_PartsSumAboveWhole,
                            new Object[] { organisation, parts, Reports.number(sum), Reports.label(wholeElement),
                                    Reports.number(whole.getValue()) },
                            data.toArray());
                }
            }
        }
        return ok;
    }

    /**
     * Every value belongs to a data element of the campaign's indicator set and lies within the
     * element's bounds; a count is a non-negative whole number, a flag is 0 or 1.
     */
    public static boolean valuesInRange(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<String, DataElement> elements = elements(campaign);
        if (elements.isEmpty()) {
            return true;
        }
        int code = ProfmonitorValidator.CAMPAIGN__VALUES_IN_RANGE;
        boolean ok = true;
        for (DataValue value : campaign.getValues()) {
            String organisation = unitLabel(value);
            DataElement element = elements.get(value.getElementCode());
            double v = value.getValue();
            String figure = Reports.number(v);
            if (element == null) {
                Reports.error(diagnostics, code, Messages.Constraint_ValueUnknownElement,
                        new Object[] { organisation, value.getElementCode() }, campaign, value);
                ok = false;
                continue;
            }
            String label = Reports.label(element);
            switch (element.getType()) {
                case COUNT -> {
                    if (v < 0 || v != Math.rint(v)) {
                        Reports.error(diagnostics, code, Messages.Constraint_CountNotWhole,
                                new Object[] { organisation, label, figure }, campaign, value);
                        ok = false;
                        continue;
                    }
                }
                case FLAG -> {
                    if (v != 0 && v != 1) {
                        Reports.error(diagnostics, code, Messages.Constraint_FlagNotBoolean,
                                new Object[] { organisation, label, figure }, campaign, value);
                        ok = false;
                        continue;
                    }
                }
                default -> {
                    if (Double.isNaN(v) || Double.isInfinite(v)) {
                        Reports.error(diagnostics, code, Messages.Constraint_ValueNotNumber,
                                new Object[] { organisation, label }, campaign, value);
                        ok = false;
                        continue;
                    }
                }
            }
            if (element.getMin() != null && v < element.getMin()) {
                Reports.error(diagnostics, code, Messages.Constraint_ValueBelowMin,
                        new Object[] { organisation, label, figure, Reports.number(element.getMin()) }, campaign, value);
                ok = false;
            }
            if (element.getMax() != null && v > element.getMax()) {
                Reports.error(diagnostics, code, Messages.Constraint_ValueAboveMax,
                        new Object[] { organisation, label, figure, Reports.number(element.getMax()) }, campaign, value);
                ok = false;
            }
        }
        return ok;
    }

    /** @return the data elements of the campaign's indicator set by code; empty if it is not available */
    private static Map<String, DataElement> elements(Campaign campaign) {
        IndicatorSet set = campaign.getIndicatorSet();
        if (set == null || set.eIsProxy() || campaign.getValues().isEmpty()) {
            // a missing or unresolvable set is reported by the generated multiplicity/proxy checks
            return Map.of();
        }
        Map<String, DataElement> elements = new HashMap<>();
        for (DataElement element : set.getDataElements()) {
            if (!Reports.isBlank(element.getCode())) {
                elements.putIfAbsent(element.getCode(), element);
            }
        }
        return elements;
    }

    /** Groups values by organisation and disaggregation; within a group, the last value of an element wins. */
    private static Map<String, Map<String, DataValue>> byUnit(Campaign campaign) {
        Map<String, Map<String, DataValue>> units = new LinkedHashMap<>();
        for (DataValue value : campaign.getValues()) {
            String key = value.getOrganisationCode() + '\u0000' + disaggregation(value);
            units.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(value.getElementCode(), value);
        }
        return units;
    }

    private static String disaggregation(DataValue value) {
        return value.getDisaggregation() == null ? "" : value.getDisaggregation().trim(); //$NON-NLS-1$
    }

    private static String unitLabel(DataValue value) {
        String disaggregation = disaggregation(value);
        return disaggregation.isEmpty() ? String.valueOf(value.getOrganisationCode())
                : value.getOrganisationCode() + " [" + disaggregation + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Tolerates the rounding of values that were computed rather than counted. */
    private static boolean exceeds(double part, double whole) {
        return part > whole + 1e-9 * Math.max(1.0, Math.abs(whole));
    }
}
