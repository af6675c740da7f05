package org.profmonitor.core.internal.analysis;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;

/** Makes the problems of the built-in rules and formats the figures their texts quote. */
public final class Problems {

    private Problems() {
    }

    /** @return a problem of one unit, for one indicator or for none ({@code indicatorCode} null) */
    public static Problem create(ProblemKind kind, String indicatorCode, Unit unit, String description) {
        Problem problem = ProfmonitorFactory.eINSTANCE.createProblem();
        problem.setKind(kind);
        problem.setIndicatorCode(indicatorCode);
        problem.setUnitLevel(unit.level());
        problem.setUnitCode(unit.code());
        problem.setDescription(description);
        return problem;
    }

    /** @return the format of the display language: «71,4 %» in Russian */
    public static FormulaFormat format() {
        String nl = Platform.isRunning() ? Platform.getNL() : null;
        return nl == null || nl.isBlank() ? FormulaFormat.russian()
                : FormulaFormat.forLocale(Locale.forLanguageTag(nl.replace('_', '-')));
    }

    /** @return the value as the documents show it, with its share «71,4 % (5 из 7)» where known */
    public static String shown(FormulaResult result) {
        FormulaFormat format = format();
        String fraction = result.type() == ResultType.PERCENT ? format.formatFraction(result) : ""; //$NON-NLS-1$
        return fraction.isEmpty() ? format.format(result) : format.format(result) + " (" + fraction + ')'; //$NON-NLS-1$
    }

    /** @return a plan or a previous value in the indicator's type: «100,0 %» or «7» */
    public static String shown(IndicatorValue value, double figure) {
        FormulaFormat format = format();
        ResultType type = value.result().type();
        if (type == ResultType.PERCENT) {
            return format.formatPercent(figure);
        }
        return type == ResultType.COUNT ? format.formatCount(figure) : format.formatNumber(figure);
    }

    /** @return the name of an indicator's unit for texts: the unit's name, or its code */
    public static String name(Unit unit) {
        return unit.name() == null || unit.name().isBlank() ? unit.code() : unit.name();
    }

    /** @return the indicator's name, or its code when it has none */
    public static String indicatorName(IndicatorValue value) {
        String name = value.indicator().getName();
        return name == null || name.isBlank() ? value.indicator().getCode() : name;
    }
}
