package org.profmonitor.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.SpravkaData;

/**
 * The indicator part of the справка: the method table, one values row per indicator and
 * municipality (numbers stay numbers, so XLSX cells are numeric), the municipalities below plan
 * and the conclusions drawn from the region values.
 */
public final class IndicatorRows {

    private final IndicatorSet set;
    private final Units units;
    private final IndicatorCalculator calculator;
    private final FormulaFormat format;

    /**
     * @param set the indicator set
     * @param units the region's units
     * @param calculator the calculator over the campaign
     * @param format how figures are written in texts
     */
    public IndicatorRows(IndicatorSet set, Units units, IndicatorCalculator calculator, FormulaFormat format) {
        this.set = set;
        this.units = units;
        this.calculator = calculator;
        this.format = format;
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
        for (Criterion criterion : set.getCriteria()) {
            String criterionHeading = NLS.bind(Messages.Criterion_Heading, criterion.getCode(), criterion.getName());
            for (Indicator indicator : criterion.getIndicators()) {
                IndicatorValue total = calculator.compute(indicator, units.region());
                data.add(SpravkaData.METHOD, methodRow(criterionHeading, indicator));
                String regionText = regionText(total);
                List<String> below = new ArrayList<>();
                for (Unit municipality : municipalities) {
                    IndicatorValue value = calculator.compute(indicator, municipality);
                    if (!value.result().hasValue()) {
                        continue; // a municipality-level indicator of one district leaves the others empty
                    }
                    data.add(SpravkaData.VALUES, valueRow(criterionHeading, indicator, regionText, value));
                    if (Boolean.FALSE.equals(value.reached())) {
                        below.add(NLS.bind(Messages.BelowPlan_Item, new Object[] { municipality.name(),
                                format.format(value.result()), planText(value) }));
                    }
                }
                if (!below.isEmpty()) {
                    data.add(SpravkaData.BELOW_PLAN, Map.of("text", keepFiguresTogether(NLS.bind(Messages.BelowPlan_Line, //$NON-NLS-1$
                            new Object[] { indicator.getCode(), indicator.getName(), String.join("; ", below) })))); //$NON-NLS-1$
                    if (below.size() > widestCount) {
                        widestCount = below.size();
                        widest = NLS.bind(Messages.Conclusion_Widest, new Object[] { indicator.getCode(),
                                indicator.getName(), below.size(), municipalities.size() });
                    }
                }
                if (total.reached() != null) {
                    withPlan++;
                    if (total.reached()) {
                        reached++;
                    } else {
                        missed.add(NLS.bind(Messages.Conclusion_Missed, new Object[] { indicator.getCode(),
                                indicator.getName(), format.format(total.result()), planText(total) }));
                    }
                }
                Double change = change(total);
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
        data.add(SpravkaData.CONCLUSIONS, Map.of("text", keepFiguresTogether(text))); //$NON-NLS-1$
    }

    /** A no-break space before "%": a line must not start with the sign of the figure before it. */
    private static String keepFiguresTogether(String text) {
        return text.replace(" %", "\u00a0%"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Map<String, Object> methodRow(String criterionHeading, Indicator indicator) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterion", criterionHeading); //$NON-NLS-1$
        row.put("code", indicator.getCode()); //$NON-NLS-1$
        row.put("name", indicator.getName()); //$NON-NLS-1$
        row.put("formula", indicator.getFormula() == null ? "" : indicator.getFormula()); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("unit", indicator.getUnit() == null ? "" : indicator.getUnit()); //$NON-NLS-1$ //$NON-NLS-2$
        row.put("plan", planOfSet(indicator)); //$NON-NLS-1$
        return row;
    }

    private Map<String, Object> valueRow(String criterionHeading, Indicator indicator, String regionText,
            IndicatorValue value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterion", criterionHeading); //$NON-NLS-1$
        row.put("indicator", NLS.bind(Messages.Indicator_Heading, indicator.getCode(), indicator.getName())); //$NON-NLS-1$
        row.put("regionText", regionText); //$NON-NLS-1$
        row.put("municipality", value.unit().name()); //$NON-NLS-1$
        row.put("value", value.value()); //$NON-NLS-1$
        row.put("percent", value.result().type() != ResultType.COUNT); //$NON-NLS-1$
        row.put("fraction", fraction(value.result())); //$NON-NLS-1$
        row.put("plan", value.target()); //$NON-NLS-1$
        row.put("reached", reachedText(value.reached())); //$NON-NLS-1$
        row.put("lastYear", value.previous() != null && value.previous().hasValue() ? value.previous().value() : null); //$NON-NLS-1$
        row.put("change", change(value)); //$NON-NLS-1$
        row.put("belowPlan", Boolean.FALSE.equals(value.reached())); //$NON-NLS-1$
        return row;
    }

    private String regionText(IndicatorValue total) {
        String fraction = fraction(total.result());
        return keepFiguresTogether(NLS.bind(Messages.Region_Value, new Object[] { units.region().name(),
                format.format(total.result()), fraction.isEmpty() ? "" : NLS.bind(Messages.Region_Fraction, fraction), //$NON-NLS-1$
                planText(total), reachedText(total.reached()) }));
    }

    /** "14 из 22" for shares; a plain count has no fraction of its own. */
    private String fraction(FormulaResult result) {
        return result.type() == ResultType.COUNT ? "" : format.formatFraction(result); //$NON-NLS-1$
    }

    private String planText(IndicatorValue value) {
        if (value.target() != null) {
            String plan = value.result().type() == ResultType.PERCENT ? format.formatPercent(value.target())
                    : format.formatCount(value.target());
            return lower(value.indicator()) ? NLS.bind(Messages.Plan_AtMost, plan) : NLS.bind(Messages.Plan_AtLeast, plan);
        }
        boolean previous = value.indicator().getTargets().stream().anyMatch(t -> t.getKind() == TargetKind.NOT_BELOW_PREVIOUS);
        return previous ? Messages.Plan_NotBelowPrevious : Messages.Plan_None;
    }

    /** The set-wide plan as the method states it, with a note when municipalities have their own. */
    private String planOfSet(Indicator indicator) {
        Set<String> parts = new LinkedHashSet<>();
        boolean municipal = false;
        for (Target target : indicator.getTargets()) {
            if (target.getMunicipalityCode() != null && !target.getMunicipalityCode().isBlank()) {
                municipal = true;
            } else if (target.getKind() == TargetKind.NOT_BELOW_PREVIOUS) {
                parts.add(Messages.Plan_NotBelowPrevious);
            } else if (target.getValue() != null) {
                String plan = "%".equals(indicator.getUnit()) ? format.formatPercent(target.getValue()) //$NON-NLS-1$
                        : format.formatCount(target.getValue());
                parts.add(lower(indicator) ? NLS.bind(Messages.Plan_AtMost, plan) : NLS.bind(Messages.Plan_AtLeast, plan));
            }
        }
        String text = parts.isEmpty() ? Messages.Plan_None : String.join(", ", parts); //$NON-NLS-1$
        return municipal ? NLS.bind(Messages.Plan_Municipal, text) : text;
    }

    private static boolean lower(Indicator indicator) {
        return indicator.getDirection() == Direction.LOWER_IS_BETTER;
    }

    private static Double change(IndicatorValue value) {
        if (!value.result().hasValue() || value.previous() == null || !value.previous().hasValue()) {
            return null;
        }
        return value.value() - value.previous().value();
    }

    private static String reachedText(Boolean reached) {
        if (reached == null) {
            return Messages.Reached_Unknown;
        }
        return reached ? Messages.Reached_Yes : Messages.Reached_No;
    }
}
