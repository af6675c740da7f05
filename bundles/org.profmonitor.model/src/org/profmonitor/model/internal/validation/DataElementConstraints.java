/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Rules of a {@link DataElement}; called from the generated invariant operations. */
public final class DataElementConstraints {

    private DataElementConstraints() {
    }

    /**
     * The part-whole chain through {@link DataElement#getWhole()} ends (no element is, through its
     * wholes, a part of itself) and a part has its whole's type: comparing a count with a flag is
     * meaningless.
     */
    public static boolean wholeValid(DataElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        DataElement whole = element.getWhole();
        if (whole == null) {
            return true;
        }
        int code = ProfmonitorValidator.DATA_ELEMENT__WHOLE_VALID;
        boolean ok = true;
        List<DataElement> chain = new ArrayList<>();
        chain.add(element);
        for (DataElement next = whole; next != null; next = next.getWhole()) {
            chain.add(next);
            if (next == element) {
                Reports.error(diagnostics, code, Messages.Constraint_WholeCycle,
                        new Object[] { Reports.label(element),
                                chain.stream().map(Reports::label).collect(Collectors.joining(" \u2192 ")) }, //$NON-NLS-1$
                        element);
                ok = false;
                break;
            }
            if (chain.indexOf(next) < chain.size() - 1) {
                // a cycle further up that does not pass through this element: reported there
                break;
            }
        }
        if (whole.getType() != element.getType()) {
            Reports.error(diagnostics, code, Messages.Constraint_WholeType,
                    new Object[] { Reports.label(element), element.getType(), Reports.label(whole), whole.getType() },
                    element, whole);
            ok = false;
        }
        return ok;
    }

    /** min does not exceed max, and neither a count nor a flag may go below zero. */
    public static boolean rangeValid(DataElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int code = ProfmonitorValidator.DATA_ELEMENT__RANGE_VALID;
        Double min = element.getMin();
        Double max = element.getMax();
        boolean ok = true;
        if (min != null && max != null && min > max) {
            Reports.error(diagnostics, code, Messages.Constraint_RangeInverted,
                    new Object[] { Reports.label(element), Reports.number(min), Reports.number(max) }, element);
            ok = false;
        }
        if (min != null && min < 0 && element.getType() != DataElementType.NUMBER) {
            Reports.error(diagnostics, code, Messages.Constraint_NegativeMinimum,
                    new Object[] { Reports.label(element), Reports.number(min) }, element);
            ok = false;
        }
        return ok;
    }
}
