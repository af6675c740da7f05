/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.profmonitor.model.util.ProfmonitorValidator;

/** Picks the ProfMonitor rule diagnostics out of an EMF validation result. */
public final class Diagnostics {

    private Diagnostics() {
    }

    /** @return the leaf diagnostics of our rules with the given code, in order */
    public static List<Diagnostic> ours(Diagnostic root, int code) {
        List<Diagnostic> found = new ArrayList<>();
        collect(root, code, found);
        return found;
    }

    /** @return every leaf diagnostic of severity ERROR or worse, ours or EMF's */
    public static List<Diagnostic> errors(Diagnostic root) {
        List<Diagnostic> found = new ArrayList<>();
        collect(root, -1, found);
        found.removeIf(d -> d.getSeverity() < Diagnostic.ERROR);
        return found;
    }

    private static void collect(Diagnostic diagnostic, int code, List<Diagnostic> found) {
        if (diagnostic.getChildren().isEmpty()) {
            if (code < 0 || (ProfmonitorValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                    && diagnostic.getCode() == code)) {
                found.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, code, found);
        }
    }

    /** @return the messages, one a line, for assertion failures */
    public static String describe(Diagnostic root) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : errors(root)) {
            text.append(d.getSource()).append('#').append(d.getCode()).append(": ").append(d.getMessage()).append('\n');
        }
        return text.toString();
    }
}
