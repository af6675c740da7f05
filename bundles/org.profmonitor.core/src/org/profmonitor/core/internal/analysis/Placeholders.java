package org.profmonitor.core.internal.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.ProblemKind;

/**
 * Fills the substitutions of a recommendation template: {@code {indicator}}, {@code {unit}},
 * {@code {value}}, {@code {target}}, {@code {previous}}, {@code {municipality}} and
 * {@code {organisation}}. Templates write «{value} {unit}», so a value is the bare number. For a
 * fall the template's {@code {target}} is last year's value, the level the indicator must get
 * back to.
 */
public final class Placeholders {

    /** How many names a substitution lists before «и ещё N». */
    static final int MAX_NAMES = 10;

    private Placeholders() {
    }

    /**
     * @param template the template's text
     * @param kind the problem kind answered
     * @param indicator the indicator concerned, or {@code null}
     * @param value its value for the addressee's unit, or {@code null}
     * @param municipalities names of the municipalities concerned
     * @param organisations names of the organisations concerned
     * @return the text with every known substitution filled
     */
    public static String fill(String template, ProblemKind kind, Indicator indicator, IndicatorValue value,
            Collection<String> municipalities, Collection<String> organisations) {
        if (template == null) {
            return ""; //$NON-NLS-1$
        }
        Double previous = value == null || value.previous() == null ? null : value.previous().value();
        Double target = kind == ProblemKind.FELL_AGAINST_PREVIOUS ? previous : value == null ? null : value.target();
        Map<String, String> substitutions = Map.of( //
                "{indicator}", indicator == null ? Messages.Placeholder_AllIndicators : indicator.getName(), //$NON-NLS-1$
                "{unit}", indicator == null || indicator.getUnit() == null ? "" : indicator.getUnit(), //$NON-NLS-1$ //$NON-NLS-2$
                "{value}", number(value, value == null ? null : value.value()), //$NON-NLS-1$
                "{target}", number(value, target), //$NON-NLS-1$
                "{previous}", number(value, previous), //$NON-NLS-1$
                "{municipality}", names(municipalities), //$NON-NLS-1$
                "{organisation}", names(organisations)); //$NON-NLS-1$
        String text = template;
        for (Map.Entry<String, String> substitution : substitutions.entrySet()) {
            text = text.replace(substitution.getKey(), substitution.getValue());
        }
        return text;
    }

    private static String number(IndicatorValue value, Double figure) {
        if (figure == null) {
            return Messages.Placeholder_None;
        }
        FormulaFormat format = Problems.format();
        return value.result().type() == ResultType.COUNT ? format.formatCount(figure) : format.formatNumber(figure);
    }

    /** @return the names joined by commas, the list cut after {@value #MAX_NAMES} */
    static String names(Collection<String> names) {
        if (names.isEmpty()) {
            return Messages.Placeholder_None;
        }
        List<String> list = List.copyOf(names);
        if (list.size() <= MAX_NAMES) {
            return String.join(", ", list); //$NON-NLS-1$
        }
        return NLS.bind(Messages.Placeholder_More, String.join(", ", list.subList(0, MAX_NAMES)), //$NON-NLS-1$
                Integer.valueOf(list.size() - MAX_NAMES));
    }
}
