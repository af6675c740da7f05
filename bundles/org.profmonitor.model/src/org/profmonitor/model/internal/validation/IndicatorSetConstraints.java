/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.profmonitor.model.Coded;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Rules of an {@link IndicatorSet}; called from the generated invariant operations. */
public final class IndicatorSetConstraints {

    private IndicatorSetConstraints() {
    }

    /**
     * Criteria, indicators and data elements share one code namespace: codes are the XMI ids, and
     * formulas name data elements (and possibly indicators) by code without saying which kind.
     */
    public static boolean uniqueCodes(IndicatorSet set, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<Coded> coded = new ArrayList<>();
        for (Criterion criterion : set.getCriteria()) {
            coded.add(criterion);
            coded.addAll(criterion.getIndicators());
        }
        coded.addAll(set.getDataElements());
        return UniqueCodes.check(coded, set, ProfmonitorValidator.INDICATOR_SET__UNIQUE_CODES, diagnostics);
    }
}
