package org.profmonitor.core.internal.indicators;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.formula.CheckResult;
import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaChecker;
import org.profmonitor.core.formula.FormulaProblem;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.ProfmonitorFactory;

/**
 * The model's formula hook implemented with the formula language: parses the formula and checks it
 * against the data elements and indicators of the indicator's set (unknown names, cycles, shares
 * of different kinds). Messages are in the user's language with the 1-based position of the error.
 */
public final class ModelFormulaChecker implements org.profmonitor.model.validation.FormulaChecker {

    @Override
    public List<String> check(String formula, Indicator indicator) {
        IndicatorSet set = indicator.getCriterion() == null ? null : indicator.getCriterion().getIndicatorSet();
        if (set == null) {
            // Outside a set no name resolves; an empty set still lets syntax errors be reported.
            set = ProfmonitorFactory.eINSTANCE.createIndicatorSet();
        }
        FormulaChecker checker = new FormulaChecker(new IndicatorSetEnvironment(set));
        CheckResult result;
        try {
            // Checked as the indicator's own formula, so that a reference back to it is a cycle.
            result = checker.check(indicator.getCode(), Formula.parse(formula));
        } catch (FormulaSyntaxException e) {
            result = checker.check(formula);
        }
        return result.problems().stream().map(ModelFormulaChecker::message).toList();
    }

    /** @return the problem's message with its 1-based position in the formula */
    static String message(FormulaProblem problem) {
        return NLS.bind(Messages.Formula_Problem, problem.message(), Integer.toString(problem.offset() + 1));
    }
}
