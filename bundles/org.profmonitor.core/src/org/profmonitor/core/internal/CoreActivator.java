package org.profmonitor.core.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.profmonitor.core.internal.indicators.ModelFormulaChecker;
import org.profmonitor.model.validation.FormulaChecker;
import org.profmonitor.model.validation.ModelValidation;

/**
 * Hooks the formula language into the model's validation while core runs, so that every
 * validation (editors' "Validate", imports) reports formula errors, not only the registry's.
 */
public final class CoreActivator implements BundleActivator {

    private FormulaChecker registered;

    @Override
    public void start(BundleContext context) {
        registered = new ModelFormulaChecker();
        ModelValidation.setFormulaChecker(registered);
    }

    @Override
    public void stop(BundleContext context) {
        // Only undo our own registration: a test may have put another checker in place.
        if (ModelValidation.getFormulaChecker() == registered) {
            ModelValidation.setFormulaChecker(null);
        }
        registered = null;
    }
}
