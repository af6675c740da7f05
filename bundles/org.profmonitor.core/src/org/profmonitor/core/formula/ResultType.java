package org.profmonitor.core.formula;

/** What the value of a formula is, so that it can be displayed and compared with a plan value. */
public enum ResultType {
    /** A percentage, 0..100 for proper shares. */
    PERCENT,
    /** A whole number: of people, of events, or of organisations. */
    COUNT,
    /** Any other decimal value. */
    NUMBER
}
