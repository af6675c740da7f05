package org.profmonitor.core.compute;

import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaEvaluator;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.formula.UnitData;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * The calculator as it was before the columnar path: the formula interpreter over each unit's
 * {@link UnitData}, plans checked unit by unit. The reference the fast path must reproduce.
 */
final class InterpretedCalculator {

    private final String academicYear;
    private final CampaignValues current;
    private final CampaignValues previous;
    private final FormulaEvaluator evaluator;

    InterpretedCalculator(IndicatorSet set, String academicYear, CampaignValues current, CampaignValues previous) {
        this.academicYear = academicYear;
        this.current = current;
        this.previous = previous;
        this.evaluator = new FormulaEvaluator(new IndicatorSetEnvironment(set));
    }

    IndicatorValue compute(Indicator indicator, Unit unit) {
        UnitData now = current.unitData(unit.organisationCodes());
        UnitData before = previous == null ? null : previous.unitData(unit.organisationCodes());
        Formula formula;
        try {
            formula = Formula.parse(indicator.getFormula() == null ? "" : indicator.getFormula());
        } catch (FormulaSyntaxException e) {
            formula = null;
        }
        FormulaResult result = formula == null
                ? new FormulaResult(null, null, null, null, FormulaResult.Status.INVALID_FORMULA)
                : evaluator.evaluate(formula, now, before);
        FormulaResult previousResult = formula == null || before == null ? null : evaluator.evaluate(formula, before);
        PlanCheck.Outcome plan = PlanCheck.check(indicator, unit, academicYear, result.hasValue() ? result.value() : null,
                previousResult != null && previousResult.hasValue() ? previousResult.value() : null);
        return new IndicatorValue(indicator, unit, result, previousResult, plan.target(), plan.reached());
    }
}
