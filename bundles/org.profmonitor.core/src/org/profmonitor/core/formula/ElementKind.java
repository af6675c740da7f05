package org.profmonitor.core.formula;

/**
 * The kind of a data element, i.e. of a raw figure collected from every organisation.
 * The kind decides which operations make sense on the element, for example that a share needs
 * a numerator and a denominator of the same kind.
 */
public enum ElementKind {
    /** A non-negative whole number of people or things, e.g. graduates of grade 11. */
    COUNT,
    /** A decimal figure, e.g. hours or money. */
    NUMBER,
    /** A yes/no answer stored as 0 (no) or 1 (yes), e.g. "career guidance runs by a plan". */
    FLAG
}
