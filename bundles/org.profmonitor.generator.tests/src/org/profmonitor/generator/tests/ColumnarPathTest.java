/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.PlanCheck;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaEvaluator;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.formula.UnitData;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.generator.CountryCalculation;
import org.profmonitor.generator.GeneratorSettings;
import org.profmonitor.generator.SyntheticCountry;
import org.profmonitor.generator.SyntheticValues;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * The calculator's columnar path must give exactly what the formula interpreter gives over each
 * unit's figures, value for value: on Tver's demo campaigns and on a generated country, every
 * indicator at every level, and after edits.
 */
class ColumnarPathTest {

    private final IndicatorSetContribution tver = TverSet.contribution();
    private final IndicatorSet set = tver.indicatorSet();

    @Test
    void tversDemoCampaignsGiveTheInterpretersValues() throws Exception {
        Units units = new Units(tver.directory());
        assertFalse(tver.demoCampaigns().isEmpty());
        for (DemoCampaign demo : tver.demoCampaigns()) {
            DemoCampaign before = tver.previousOf(demo).orElse(null);
            CampaignValues now = CampaignValues.read(demo.values());
            CampaignValues previous = before == null ? null : CampaignValues.read(before.values());
            String year = demo.campaign().getAcademicYear();
            assertSame(units.all(), year, now, previous, IndicatorCalculator.forDemoCampaign(tver, demo.id()));
        }
    }

    @Test
    void aGeneratedCountryGivesTheInterpretersValuesBeforeAndAfterEdits() {
        SyntheticCountry country = new SyntheticCountry(new GeneratorSettings(3, 4, 6, 2, 5));
        SyntheticValues values = new SyntheticValues(country, set);
        CampaignValues previous = figures(values, 0);
        CampaignValues now = figures(values, 1);
        List<Unit> units = new CountryCalculation(set, country.regions()).units();
        IndicatorCalculator calculator = new IndicatorCalculator(set, "2022/23", now, previous);
        assertSame(units, "2022/23", now, previous, calculator);
        List<String> organisations = country.organisationCodes();
        for (int edit = 0; edit < 5; edit++) {
            String organisation = organisations.get(edit * 13 % organisations.size());
            calculator = calculator.edited(organisation, "PRK", edit == 2 ? null : 17.0 * edit);
            now = now.with(organisation, "PRK", edit == 2 ? null : 17.0 * edit);
            assertSame(units, "2022/23", now, previous, calculator);
        }
    }

    private static CampaignValues figures(SyntheticValues values, int campaign) {
        CampaignValues.Builder builder = CampaignValues.builder();
        values.forEachValue(campaign, (organisation, element, disaggregation, value) -> {
            if (disaggregation.isEmpty()) {
                builder.put(organisation, element, value);
            }
        });
        return builder.build();
    }

    private void assertSame(List<Unit> units, String year, CampaignValues now, CampaignValues previous,
            IndicatorCalculator calculator) {
        FormulaEvaluator interpreter = new FormulaEvaluator(new IndicatorSetEnvironment(set));
        List<Indicator> indicators = new ArrayList<>();
        for (Criterion criterion : set.getCriteria()) {
            indicators.addAll(criterion.getIndicators());
        }
        List<IndicatorValue> computed = calculator.computeAll(units);
        int i = 0;
        for (Indicator indicator : indicators) {
            for (Unit unit : units) {
                assertEquals(interpreted(interpreter, indicator, unit, year, now, previous), computed.get(i++),
                        indicator.getCode() + " for " + unit.code());
            }
        }
    }

    /* What the calculator computed before its columnar path: the interpreter over UnitData. */
    private static IndicatorValue interpreted(FormulaEvaluator interpreter, Indicator indicator, Unit unit,
            String year, CampaignValues now, CampaignValues previous) {
        UnitData current = now.unitData(unit.organisationCodes());
        UnitData before = previous == null ? null : previous.unitData(unit.organisationCodes());
        Formula formula;
        try {
            formula = Formula.parse(indicator.getFormula());
        } catch (FormulaSyntaxException e) {
            throw new AssertionError(indicator.getCode(), e);
        }
        FormulaResult result = interpreter.evaluate(formula, current, before);
        FormulaResult last = before == null ? null : interpreter.evaluate(formula, before);
        PlanCheck.Outcome plan = PlanCheck.check(indicator, unit, year, result.hasValue() ? result.value() : null,
                last != null && last.hasValue() ? last.value() : null);
        return new IndicatorValue(indicator, unit, result, last, plan.target(), plan.reached());
    }
}
