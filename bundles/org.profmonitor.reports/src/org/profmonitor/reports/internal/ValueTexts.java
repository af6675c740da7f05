package org.profmonitor.reports.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/**
 * How the reports write a computed value in words: the plan, "reached", the fraction, the change.
 * Shared by the справка and the card so that both say the same thing the same way.
 */
public final class ValueTexts {

    private final FormulaFormat format;

    /** @param format how figures are written */
    public ValueTexts(FormulaFormat format) {
        this.format = format;
    }

    /** @return the formatter */
    public FormulaFormat format() {
        return format;
    }

    /** "14 из 22" for shares; a plain count has no fraction of its own. */
    public String fraction(FormulaResult result) {
        return result.type() == ResultType.COUNT ? "" : format.formatFraction(result); //$NON-NLS-1$
    }

    /** The plan that applies to the value's unit, in words. */
    public String planText(IndicatorValue value) {
        if (value.target() != null) {
            String plan = value.result().type() == ResultType.PERCENT ? format.formatPercent(value.target())
                    : format.formatCount(value.target());
            return lower(value.indicator()) ? NLS.bind(Messages.Plan_AtMost, plan) : NLS.bind(Messages.Plan_AtLeast, plan);
        }
        boolean previous = value.indicator().getTargets().stream()
                .anyMatch(t -> t.getKind() == TargetKind.NOT_BELOW_PREVIOUS);
        return previous ? Messages.Plan_NotBelowPrevious : Messages.Plan_None;
    }

    /** The set-wide plan as the method states it, with a note when municipalities have their own. */
    public String planOfSet(Indicator indicator) {
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

    /** @return "да", "нет" or a dash when undetermined */
    public static String reachedText(Boolean reached) {
        if (reached == null) {
            return Messages.Reached_Unknown;
        }
        return reached ? Messages.Reached_Yes : Messages.Reached_No;
    }

    /** @return the value of the previous campaign, or {@code null} */
    public static Double lastYear(IndicatorValue value) {
        return value.previous() != null && value.previous().hasValue() ? value.previous().value() : null;
    }

    /** @return the change against the previous campaign, or {@code null} when either is missing */
    public static Double change(IndicatorValue value) {
        Double previous = lastYear(value);
        if (!value.result().hasValue() || previous == null) {
            return null;
        }
        return value.value() - previous;
    }

    /** @return whether the indicator counts as percentages (else: a count) */
    public static boolean percent(IndicatorValue value) {
        return value.result().type() != ResultType.COUNT;
    }

    /** A no-break space before "%": a line must not start with the sign of the figure before it. */
    public static String keepFiguresTogether(String text) {
        return text.replace(" %", "\u00a0%"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean lower(Indicator indicator) {
        return indicator.getDirection() == Direction.LOWER_IS_BETTER;
    }
}
