/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.util.ProfmonitorValidator;
import org.profmonitor.model.validation.FormulaChecker;
import org.profmonitor.model.validation.ModelValidation;

/** Rules of an {@link Indicator}; called from the generated invariant operations. */
public final class IndicatorConstraints {

    private IndicatorConstraints() {
    }

    /** The formula is not empty and, when core has registered a {@link FormulaChecker}, parses. */
    public static boolean formulaValid(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int code = ProfmonitorValidator.INDICATOR__FORMULA_VALID;
        String formula = indicator.getFormula();
        if (Reports.isBlank(formula)) {
            Reports.error(diagnostics, code, Messages.Constraint_FormulaEmpty,
                    new Object[] { Reports.label(indicator) }, indicator);
            return false;
        }
        FormulaChecker checker = ModelValidation.getFormulaChecker(context);
        if (checker == null) {
            return true;
        }
        List<String> errors = checker.check(formula, indicator);
        if (errors == null || errors.isEmpty()) {
            return true;
        }
        for (String error : errors) {
            Reports.error(diagnostics, code, Messages.Constraint_FormulaError,
                    new Object[] { Reports.label(indicator), formula, error }, indicator);
        }
        return false;
    }
}
