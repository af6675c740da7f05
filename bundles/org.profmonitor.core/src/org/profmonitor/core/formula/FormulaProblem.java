package org.profmonitor.core.formula;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An error in a formula, with the place in the source it refers to, so that an editor can
 * underline it. Offsets count UTF-16 chars from 0, like {@link String#substring(int, int)}.
 */
public final class FormulaProblem {

    private final ProblemCode code;
    private final int offset;
    private final int length;
    private final List<Object> arguments;

    FormulaProblem(ProblemCode code, int offset, int length, Object... arguments) {
        this.code = Objects.requireNonNull(code);
        this.offset = offset;
        this.length = length;
        this.arguments = List.of(arguments);
    }

    /** @return what is wrong */
    public ProblemCode code() {
        return code;
    }

    /** @return the 0-based offset of the faulty text in the formula source */
    public int offset() {
        return offset;
    }

    /** @return the length of the faulty text; 0 at the end of the formula */
    public int length() {
        return length;
    }

    /** @return the offset just after the faulty text */
    public int end() {
        return offset + length;
    }

    /** @return the message in the given locale (Russian for {@code ru}, English otherwise) */
    public String message(Locale locale) {
        return Messages.format(locale, code.messageKey(), arguments.toArray());
    }

    /** @return the message in the default display locale */
    public String message() {
        return message(Locale.getDefault(Locale.Category.DISPLAY));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormulaProblem that && code == that.code && offset == that.offset
                && length == that.length && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, offset, length, arguments);
    }

    @Override
    public String toString() {
        return code + "@" + offset + "+" + length + Arrays.toString(arguments.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
