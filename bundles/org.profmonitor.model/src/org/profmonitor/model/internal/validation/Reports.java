/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.internal.validation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.Coded;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Builds the diagnostics and the labels the constraint classes report with. */
final class Reports {

    private Reports() {
    }

    /**
     * Adds an error to the chain.
     *
     * @param diagnostics the chain; {@code null} when the caller only wants to know the outcome
     * @param code        one of the {@link ProfmonitorValidator} constraint constants
     * @param message     the NLS message pattern
     * @param bindings    values for the pattern
     * @param data        the objects the diagnostic is about, the failing one first
     */
    static void error(DiagnosticChain diagnostics, int code, String message, Object[] bindings, Object... data) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, ProfmonitorValidator.DIAGNOSTIC_SOURCE, code,
                    NLS.bind(message, bindings), data));
        }
    }

    /** @return «name» (code), or just the code when the object has no name */
    static String label(Coded coded) {
        if (coded == null) {
            return "?"; //$NON-NLS-1$
        }
        String name = coded.getName();
        if (name == null || name.isBlank()) {
            return String.valueOf(coded.getCode());
        }
        return NLS.bind(Messages.Label_Coded, name, coded.getCode());
    }

    /**
     * Formats a figure as people write it: 64, not 64.0; decimals only when there are any. No
     * grouping, so that a code-like figure such as 4201 stays searchable in a report.
     */
    static String number(double value) {
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.getDefault())); //$NON-NLS-1$
        return format.format(value);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
