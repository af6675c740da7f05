/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Rules of a {@link Target}; called from the generated invariant operations. */
public final class TargetConstraints {

    /** The unit of shares; the seeds write every share in percent. */
    static final String PERCENT = "%"; //$NON-NLS-1$

    private TargetConstraints() {
    }

    /**
     * A plan value is given for {@link TargetKind#VALUE}, is a non-negative number and, for an
     * indicator measured in percent, at most 100. A "not below the previous period" plan needs no
     * value.
     */
    public static boolean valueInRange(Target target, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (target.getKind() != TargetKind.VALUE) {
            return true;
        }
        int code = ProfmonitorValidator.TARGET__VALUE_IN_RANGE;
        Indicator indicator = target.getIndicator();
        String label = Reports.label(indicator);
        Double value = target.getValue();
        if (value == null || value.isNaN() || value.isInfinite()) {
            Reports.error(diagnostics, code, Messages.Constraint_TargetMissing, new Object[] { label }, target, indicator);
            return false;
        }
        if (value < 0) {
            Reports.error(diagnostics, code, Messages.Constraint_TargetNegative,
                    new Object[] { label, Reports.number(value) }, target, indicator);
            return false;
        }
        if (indicator != null && indicator.getUnit() != null && PERCENT.equals(indicator.getUnit().trim())
                && value > 100) {
            Reports.error(diagnostics, code, Messages.Constraint_TargetAbove100,
                    new Object[] { label, Reports.number(value) }, target, indicator);
            return false;
        }
        return true;
    }
}
