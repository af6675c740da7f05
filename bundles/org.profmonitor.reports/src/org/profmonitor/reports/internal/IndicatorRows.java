package org.profmonitor.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.SpravkaData;

/**
 * The indicator part of the справка: the method table, one values row per indicator and
 * municipality (numbers stay numbers, so XLSX cells are numeric), the bar chart of each indicator of
 * two or more municipalities ({@link IndicatorChart}, on its last row), the municipalities below
 * plan and the conclusions drawn from the region values.
 */
public final class IndicatorRows {

    private final IndicatorSet set;
    private final Units units;
    private final ValueIndex values;
    private final ValueTexts texts;

    /** @param source the campaign's set, units, values and formats */
    public IndicatorRows(RowSource source) {
        this.set = source.set();
        this.units = source.units();
        this.values = source.values();
        this.texts = source.texts();
    }

    /** Adds the tables method, values, belowPlan and conclusions to {@code data}. */
    public void addTo(ReportData data) {
        data.declare(SpravkaData.METHOD).declare(SpravkaData.VALUES).declare(SpravkaData.BELOW_PLAN)
                .declare(SpravkaData.CONCLUSIONS);
        List<Unit> municipalities = units.of(UnitLevel.MUNICIPALITY);
        int withPlan = 0;
        int reached = 0;
        List<String> missed = new ArrayList<>();
        List<String> down = new ArrayList<>();
        List<String> up = new ArrayList<>();
        String widest = null;
        int widestCount = 0;
        // The designs group on these numbers: BIRT sorts groups by their key, and K3_10 < K3_2 as text.
        Order order = new Order();
        for (Criterion criterion : set.getCriteria()) {
            order.criterion++;
            String criterionHeading = NLS.bind(Messages.Criterion_Heading, criterion.getCode(), criterion.getName());
            for (Indicator indicator : criterion.getIndicators()) {
                order.indicator++;
                IndicatorValue total = values.find(indicator.getCode(), units.region().code()).orElse(null);
                data.add(SpravkaData.METHOD, methodRow(criterionHeading, indicator, order));
                String regionText = regionText(total);
                List<String> below = new ArrayList<>();
                List<Map<String, Object>> rows = new ArrayList<>();
                List<IndicatorChart.Bar> bars = new ArrayList<>();
                boolean percent = false;
                for (Unit municipality : municipalities) {
                    IndicatorValue value = values.find(indicator.getCode(), municipality.code()).orElse(null);
                    if (value == null || !value.result().hasValue()) {
                        continue; // a municipality-level indicator of one district leaves the others empty
                    }
                    Map<String, Object> row = valueRow(criterionHeading, indicator, regionText, value, order);
                    data.add(SpravkaData.VALUES, row);
                    rows.add(row);
                    bars.add(new IndicatorChart.Bar(municipality.name(), value.value(), value.target(),
                            Boolean.FALSE.equals(value.reached())));
                    percent |= ValueTexts.percent(value);
                    if (Boolean.FALSE.equals(value.reached())) {
                        below.add(NLS.bind(Messages.BelowPlan_Item, new Object[] { municipality.name(),
                                texts.format().format(value.result()), texts.planText(value) }));
                    }
                }
                if (rows.size() >= 2) {
                    // On the indicator's last row, which the design's group footer sees, and on no
                    // other, so that BIRT's row cache holds each image once.
                    // Drawn when the design reads it: not for a design without the charts.
                    IndicatorChart chart = new IndicatorChart(bars, percent);
                    rows.get(rows.size() - 1).put(SpravkaData.CHART, new ReportData.Deferred(chart::png));
                }
                if (!below.isEmpty()) {
                    data.add(SpravkaData.BELOW_PLAN, Map.of("text", ValueTexts.keepFiguresTogether(NLS.bind(Messages.BelowPlan_Line, //$NON-NLS-1$
                            new Object[] { indicator.getCode(), indicator.getName(), String.join("; ", below) })))); //$NON-NLS-1$
                    if (below.size() > widestCount) {
                        widestCount = below.size();
                        widest = NLS.bind(Messages.Conclusion_Widest, new Object[] { indicator.getCode(),
                                indicator.getName(), below.size(), municipalities.size() });
                    }
                }
                if (total == null) {
                    continue;
                }
                if (total.reached() != null) {
                    withPlan++;
                    if (total.reached()) {
                        reached++;
                    } else {
                        missed.add(NLS.bind(Messages.Conclusion_Missed, new Object[] { indicator.getCode(),
                                indicator.getName(), texts.format().format(total.result()), texts.planText(total) }));
                    }
                }
                Double change = ValueTexts.change(total);
                if (change != null && Math.abs(change) >= 0.05) {
                    (change < 0 ? down : up).add(indicator.getCode());
                }
            }
        }
        if (data.rows(SpravkaData.BELOW_PLAN).isEmpty()) {
            data.add(SpravkaData.BELOW_PLAN, Map.of("text", Messages.BelowPlan_None)); //$NON-NLS-1$
        }
        conclusion(data, NLS.bind(Messages.Conclusion_Reached,
                new Object[] { units.region().name(), reached, withPlan }));
        missed.forEach(text -> conclusion(data, text));
        if (widest != null) {
            conclusion(data, widest);
        }
        if (!down.isEmpty()) {
            conclusion(data, NLS.bind(Messages.Conclusion_Down, String.join(", ", down))); //$NON-NLS-1$
        }
        if (!up.isEmpty()) {
            conclusion(data, NLS.bind(Messages.Conclusion_Up, String.join(", ", up))); //$NON-NLS-1$
        }
    }

    private static void conclusion(ReportData data, String text) {
        data.add(SpravkaData.CONCLUSIONS, Map.of("text", ValueTexts.keepFiguresTogether(text))); //$NON-NLS-1$
    }

    /** The positions of the criterion and the indicator being added, in set order from 1. */
    private static final class Order {
        int criterion;
        int indicator;
    }

    private Map<String, Object> methodRow(String criterionHeading, Indicator indicator, Order order) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterion", criterionHeading); //$NON-NLS-1$
        row.put("criterionOrder", Double.valueOf(order.criterion)); //$NON-NLS-1$
        row.put("code", indicator.getCode()); //$NON-NLS-1$
        row.put("name", indicator.getName()); //$NON-NLS-1$
        row.put("formula", indicator.getFormula() == null ? "" : indicator.getFormula()); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("unit", indicator.getUnit() == null ? "" : indicator.getUnit()); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("plan", texts.planOfSet(indicator)); //$NON-NLS-1$
        return row;
    }

    private Map<String, Object> valueRow(String criterionHeading, Indicator indicator, String regionText,
            IndicatorValue value, Order order) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterion", criterionHeading); //$NON-NLS-1$
        row.put("criterionOrder", Double.valueOf(order.criterion)); //$NON-NLS-1$
        row.put("indicatorOrder", Double.valueOf(order.indicator)); //$NON-NLS-1$
        row.put("indicator", NLS.bind(Messages.Indicator_Heading, indicator.getCode(), indicator.getName())); //$NON-NLS-1$
        row.put("regionText", regionText); //$NON-NLS-1$
        row.put("municipality", value.unit().name()); //$NON-NLS-1$
        row.put("value", value.value()); //$NON-NLS-1$
        row.put("percent", ValueTexts.percent(value)); //$NON-NLS-1$
        row.put("fraction", texts.fraction(value.result())); //$NON-NLS-1$
        row.put("plan", value.target()); //$NON-NLS-1$
        row.put("reached", ValueTexts.reachedText(value.reached())); //$NON-NLS-1$
        row.put("lastYear", ValueTexts.lastYear(value)); //$NON-NLS-1$
        row.put("change", ValueTexts.change(value)); //$NON-NLS-1$
        row.put("belowPlan", Boolean.FALSE.equals(value.reached())); //$NON-NLS-1$
        return row;
    }

    private String regionText(IndicatorValue total) {
        if (total == null || !total.result().hasValue()) {
            return NLS.bind(Messages.Region_NoData, units.region().name());
        }
        String fraction = texts.fraction(total.result());
        return ValueTexts.keepFiguresTogether(NLS.bind(Messages.Region_Value, new Object[] { units.region().name(),
                texts.format().format(total.result()), fraction.isEmpty() ? "" : NLS.bind(Messages.Region_Fraction, fraction), //$NON-NLS-1$
                texts.planText(total), ValueTexts.reachedText(total.reached()) }));
    }
}
