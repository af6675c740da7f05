package org.profmonitor.core.compute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaEvaluator;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.formula.UnitData;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * Computes the indicators of a set for units of a campaign with the formula language, with the
 * previous campaign's figures for {@code prev()} and "not below last year", and decides whether
 * each plan is reached. Not thread-safe: use one per calculation run.
 */
public final class IndicatorCalculator {

    private final IndicatorSet set;
    private final String academicYear;
    private final CampaignValues current;
    private final CampaignValues previous;
    private final FormulaEvaluator evaluator;
    private final Map<String, Formula> formulas = new HashMap<>();

    /**
     * @param set the indicator set
     * @param academicYear the campaign's academic year, e.g. {@code 2022/23}, to pick the targets
     * @param current the figures of the campaign computed
     * @param previous the figures of the previous campaign, or {@code null} if there is none
     */
    public IndicatorCalculator(IndicatorSet set, String academicYear, CampaignValues current,
            CampaignValues previous) {
        this.set = Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        this.academicYear = academicYear;
        this.current = Objects.requireNonNull(current, "current"); //$NON-NLS-1$
        this.previous = previous;
        this.evaluator = new FormulaEvaluator(new IndicatorSetEnvironment(set));
    }

    /**
     * Prepares the calculation of a demo campaign of a contribution, with its previous demo
     * campaign if it has one ({@link IndicatorSetContribution#previousOf(DemoCampaign)}).
     *
     * @param contribution a loaded contribution
     * @param demoCampaignId the id of one of its demo campaigns
     * @return a calculator over the contribution's set in effect
     * @throws NoSuchElementException if there is no such demo campaign
     * @throws IOException if a values CSV cannot be read
     */
    public static IndicatorCalculator forDemoCampaign(IndicatorSetContribution contribution, String demoCampaignId)
            throws IOException {
        DemoCampaign demo = contribution.demoCampaign(demoCampaignId)
                .orElseThrow(() -> new NoSuchElementException(demoCampaignId));
        CampaignValues previousValues = null;
        DemoCampaign previousDemo = contribution.previousOf(demo).orElse(null);
        if (previousDemo != null) {
            previousValues = CampaignValues.read(previousDemo.values());
        }
        return new IndicatorCalculator(contribution.indicatorSet(), demo.campaign().getAcademicYear(),
                CampaignValues.read(demo.values()), previousValues);
    }

    /**
     * @param indicatorCode the code of an indicator of the set
     * @param unit the unit
     * @return the indicator's value for the unit, compared with its plan
     * @throws NoSuchElementException if the set has no such indicator
     */
    public IndicatorValue compute(String indicatorCode, Unit unit) {
        return compute(indicator(indicatorCode), unit);
    }

    /**
     * @param indicator an indicator of the set
     * @param unit the unit
     * @return the indicator's value for the unit, compared with its plan
     */
    public IndicatorValue compute(Indicator indicator, Unit unit) {
        UnitData now = current.unitData(unit.organisationCodes());
        UnitData before = previous == null ? null : previous.unitData(unit.organisationCodes());
        Formula formula = formula(indicator);
        FormulaResult result = formula == null ? invalid() : evaluator.evaluate(formula, now, before);
        // The previous value itself has no earlier campaign at hand: prev() inside it gives no data.
        FormulaResult previousResult = formula == null || before == null ? null : evaluator.evaluate(formula, before);
        PlanCheck.Outcome plan = PlanCheck.check(indicator, unit, academicYear, result, previousResult);
        return new IndicatorValue(indicator, unit, result, previousResult, plan.target(), plan.reached());
    }

    /**
     * @param units the units to compute for
     * @return every indicator of the set for every unit, indicators in set order
     */
    public List<IndicatorValue> computeAll(List<Unit> units) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                for (Unit unit : units) {
                    values.add(compute(indicator, unit));
                }
            }
        }
        return values;
    }

    private Indicator indicator(String code) {
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                if (code.equals(indicator.getCode())) {
                    return indicator;
                }
            }
        }
        throw new NoSuchElementException(code);
    }

    private Formula formula(Indicator indicator) {
        return formulas.computeIfAbsent(indicator.getCode(), code -> {
            try {
                return Formula.parse(indicator.getFormula() == null ? "" : indicator.getFormula()); //$NON-NLS-1$
            } catch (FormulaSyntaxException e) {
                return null; // reported by the registry's validation; here it just has no value
            }
        });
    }

    private static FormulaResult invalid() {
        return new FormulaResult(null, null, null, null, FormulaResult.Status.INVALID_FORMULA);
    }
}
