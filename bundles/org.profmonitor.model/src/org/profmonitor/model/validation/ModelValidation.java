/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.validation;

import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.profmonitor.model.util.ProfmonitorValidator;

/**
 * Entry point to the model's validation rules.
 * <p>
 * The rules themselves run inside EMF's validation: the generated {@link ProfmonitorValidator} is
 * registered for the package when the package is initialised, so {@link Diagnostician#INSTANCE}
 * (and the EMF "Validate" action of any editor) applies them. The diagnostic codes are the
 * constants of {@link ProfmonitorValidator}, the source is
 * {@link ProfmonitorValidator#DIAGNOSTIC_SOURCE}; messages are in the user's language.
 */
public final class ModelValidation {

    /**
     * Key of a {@link FormulaChecker} in the validation context map; when present it overrides the
     * registered checker for that run.
     */
    public static final Object FORMULA_CHECKER = FormulaChecker.class;

    private static volatile FormulaChecker formulaChecker;

    private ModelValidation() {
    }

    /**
     * Registers the checker used for all formulas (core does this once, when it starts).
     *
     * @param checker the checker, or {@code null} to go back to the "non-empty" check only
     */
    public static void setFormulaChecker(FormulaChecker checker) {
        formulaChecker = checker;
    }

    /** @return the registered formula checker, or {@code null} if none is registered */
    public static FormulaChecker getFormulaChecker() {
        return formulaChecker;
    }

    /**
     * Returns the formula checker for one validation run: the one in the context, else the
     * registered one.
     *
     * @param context the validation context, may be {@code null}
     * @return the checker, or {@code null} if there is none
     */
    public static FormulaChecker getFormulaChecker(Map<Object, Object> context) {
        if (context != null && context.get(FORMULA_CHECKER) instanceof FormulaChecker checker) {
            return checker;
        }
        return formulaChecker;
    }

    /**
     * Validates an object and everything it contains.
     *
     * @param root the object, typically a {@code Directory}, {@code IndicatorSet} or {@code Campaign}
     * @return the diagnostic; its severity is {@link Diagnostic#OK} when nothing was found
     */
    public static Diagnostic validate(EObject root) {
        Objects.requireNonNull(root, "root");
        return Diagnostician.INSTANCE.validate(root);
    }

    /**
     * Validates an object with a given formula checker for this run only.
     *
     * @param root    the object to validate
     * @param checker the formula checker to use
     * @return the diagnostic
     */
    public static Diagnostic validate(EObject root, FormulaChecker checker) {
        Objects.requireNonNull(root, "root");
        Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
        context.put(FORMULA_CHECKER, checker);
        return Diagnostician.INSTANCE.validate(root, context);
    }
}
