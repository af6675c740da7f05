/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.profmonitor.model.Coded;

/** Finds codes used more than once in one namespace. */
final class UniqueCodes {

    private UniqueCodes() {
    }

    /**
     * Reports every repeated code once per repetition, naming the first holder and the repeating one.
     * Missing codes are left to the multiplicity check of the generated validator.
     */
    static boolean check(Iterable<? extends Coded> coded, EObject owner, int code, DiagnosticChain diagnostics) {
        Map<String, Coded> first = new HashMap<>();
        boolean ok = true;
        for (Coded element : coded) {
            String key = element.getCode();
            if (Reports.isBlank(key)) {
                continue;
            }
            Coded previous = first.putIfAbsent(key.trim(), element);
            if (previous != null) {
                ok = false;
                if (diagnostics == null) {
                    return false;
                }
                Reports.error(diagnostics, code, Messages.Constraint_DuplicateCode,
                        new Object[] { key, Reports.label(previous), Reports.label(element) }, element, previous, owner);
            }
        }
        return ok;
    }
}
