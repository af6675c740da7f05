package org.profmonitor.core.formula;

import java.util.Locale;

/**
 * What is wrong with a formula. Tools can react to the code; people read
 * {@link FormulaProblem#message(Locale)}.
 */
public enum ProblemCode {
    // Syntax: found by the parser, which stops at the first one.
    /** The formula is empty. */
    EMPTY_FORMULA(true),
    /** A character that has no meaning in the language. Argument: the character. */
    UNEXPECTED_CHARACTER(true),
    /** A number such as {@code 1.} with nothing after the point. Argument: the text. */
    INVALID_NUMBER(true),
    /** {@code @} not followed by an indicator code. */
    MISSING_INDICATOR_CODE(true),
    /** A number, element, function or parenthesis was expected. Argument: what was found. */
    EXPECTED_OPERAND(true),
    /** The formula ended where a number, element, function or parenthesis was expected. */
    EXPECTED_OPERAND_AT_END(true),
    /** {@code )} was expected. Argument: what was found. */
    EXPECTED_CLOSING_PARENTHESIS(true),
    /** The formula ended before {@code )}. */
    EXPECTED_CLOSING_PARENTHESIS_AT_END(true),
    /** {@code ,} or {@code )} was expected in an argument list. Argument: what was found. */
    EXPECTED_COMMA_OR_PARENTHESIS(true),
    /** The formula ended inside an argument list. */
    EXPECTED_COMMA_OR_PARENTHESIS_AT_END(true),
    /** Something follows a complete formula. Argument: what was found. */
    UNEXPECTED_TOKEN(true),
    /** {@code a < b < c}: comparisons cannot be chained. */
    CHAINED_COMPARISON(true),
    /** Parentheses or operators nested too deeply to be a real formula. */
    TOO_DEEP(true),

    // Meaning: found by the checker, which reports all of them.
    /** Arguments: the name, the list of known functions. */
    UNKNOWN_FUNCTION(false),
    /** Arguments: the function, the expected and the actual number of arguments. */
    WRONG_ARGUMENT_COUNT(false),
    /** Argument: the element code. */
    UNKNOWN_ELEMENT(false),
    /** Argument: the indicator code. */
    UNKNOWN_INDICATOR(false),
    /**
     * An unknown code with non-Latin letters, typically a Cyrillic letter that looks like a Latin
     * one (the keyboard layout was Russian). Argument: the code as written.
     */
    NON_LATIN_CODE(false),
    /** Indicators refer to each other in a circle. Argument: the circle, e.g. {@code @A → @B → @A}. */
    INDICATOR_CYCLE(false),
    /** A referenced indicator has errors of its own. Argument: its code. */
    INVALID_INDICATOR(false),
    /** A condition (comparison, and/or/not) where a number is needed. */
    CONDITION_AS_NUMBER(false),
    /** A number where a condition is needed. */
    NUMBER_AS_CONDITION(false),
    /** A per-organisation value outside sum(), share(), count() or orgshare(). Argument: the text. */
    ROW_VALUE_OUTSIDE_AGGREGATE(false),
    /** An aggregate inside a per-organisation expression. Arguments: the aggregate, the enclosing function. */
    AGGREGATE_IN_ROW_CONTEXT(false),
    /** share() of values of different kinds. Arguments: the kinds of numerator and denominator. */
    INCOMPATIBLE_SHARE(false),
    /** Arithmetic on values of different kinds. Arguments: the operator, the kinds. */
    INCOMPATIBLE_OPERANDS(false),
    /** A yes/no element compared with something other than 0 or 1. Argument: the element code. */
    FLAG_COMPARISON(false),
    /** prev() inside prev(). */
    NESTED_PREV(false),
    /** prev() of an indicator that itself uses prev(). Argument: the indicator code. */
    NESTED_PREV_VIA_INDICATOR(false);

    private final boolean syntax;

    ProblemCode(boolean syntax) {
        this.syntax = syntax;
    }

    /** @return {@code true} for errors of the parser, {@code false} for errors of meaning */
    public boolean isSyntaxError() {
        return syntax;
    }

    /** @return the key of the message template in {@code messages.properties} */
    String messageKey() {
        return "problem." + name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
