/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.validation;

import java.util.List;

import org.profmonitor.model.Indicator;

/**
 * Checks an indicator's formula during model validation.
 * <p>
 * The model only holds a formula's text; the formula language belongs to
 * {@code org.profmonitor.core}, which registers an implementation with
 * {@link ModelValidation#setFormulaChecker(FormulaChecker)} (or passes one for a single run in the
 * validation context under {@link ModelValidation#FORMULA_CHECKER}). Without a checker, validation
 * only requires the formula to be non-empty.
 */
@FunctionalInterface
public interface FormulaChecker {

    /**
     * Checks one formula.
     *
     * @param formula   the indicator's formula text, never blank
     * @param indicator the indicator that owns it, so that the checker can resolve the data element
     *                  codes it names against the indicator's {@code IndicatorSet}
     * @return messages describing the errors, in the user's language; empty when the formula is
     *         fine; never {@code null}
     */
    List<String> check(String formula, Indicator indicator);
}
