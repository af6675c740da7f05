package org.profmonitor.core.formula;

import java.util.Locale;

/** Thrown by {@link Formula#parse(String)} when the text is not a formula; carries the problem. */
public final class FormulaSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient FormulaProblem problem;

    FormulaSyntaxException(FormulaProblem problem) {
        super(problem.message(Locale.ROOT));
        this.problem = problem;
    }

    /** @return the syntax error with its place in the source */
    public FormulaProblem problem() {
        return problem;
    }
}
