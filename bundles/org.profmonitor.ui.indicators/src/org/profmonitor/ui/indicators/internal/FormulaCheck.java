package org.profmonitor.ui.indicators.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaChecker;
import org.profmonitor.core.formula.FormulaProblem;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * Checks the formulas of the set being edited with the formula language's own checker, so the
 * editor flags exactly what the registry would refuse when it reads the workspace copy back.
 */
public final class FormulaCheck {

	private FormulaCheck() {
	}

	/**
	 * @param set     the edited set, whose other formulas and data elements the formula may use
	 * @param code    the code of the indicator the formula belongs to (a reference back is a cycle)
	 * @param formula the formula text as typed
	 * @return the problems with their positions, ordered by position; empty if the formula is valid
	 */
	public static List<FormulaProblem> problems(IndicatorSet set, String code, String formula) {
		return check(new FormulaChecker(new IndicatorSetEnvironment(set)), code, formula);
	}

	/**
	 * Checks every indicator of a set: a changed formula can break another one (a cycle, a
	 * removed reference), so the tree marks them all again after each change.
	 *
	 * @return the indicators with at least one problem, with their problems
	 */
	public static Map<Indicator, List<FormulaProblem>> faulty(IndicatorSet set) {
		FormulaChecker checker = new FormulaChecker(new IndicatorSetEnvironment(set));
		Map<Indicator, List<FormulaProblem>> faulty = new IdentityHashMap<>();
		for (Criterion criterion : set.getCriteria()) {
			for (Indicator indicator : criterion.getIndicators()) {
				List<FormulaProblem> problems = check(checker, indicator.getCode(), indicator.getFormula());
				if (!problems.isEmpty()) {
					faulty.put(indicator, problems);
				}
			}
		}
		return faulty;
	}

	private static List<FormulaProblem> check(FormulaChecker checker, String code, String formula) {
		String text = formula == null ? "" : formula; //$NON-NLS-1$
		try {
			return checker.check(code, Formula.parse(text)).problems();
		} catch (FormulaSyntaxException e) {
			return List.of(e.problem());
		}
	}
}
