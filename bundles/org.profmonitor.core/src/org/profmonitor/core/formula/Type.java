package org.profmonitor.core.formula;

/**
 * The static type of an expression: a number or a condition, at which level it is computed, and
 * for numbers what they measure.
 */
record Type(Type.Category category, Type.Level level, Measure measure) {

    /** Numbers and conditions may not stand for each other. */
    enum Category {
        NUMBER, CONDITION,
        /** An error was reported inside; the parents stay silent so that one mistake gives one message. */
        ERROR
    }

    /** Where the value is computed. */
    enum Level {
        /** A literal, valid anywhere. */
        CONSTANT,
        /** Per organisation: data elements and what is built from them. */
        ROW,
        /** Per unit (organisation, municipality, region): aggregates, indicators. */
        UNIT;

        /** @return the level of an operation on values of levels {@code this} and {@code other} */
        Level with(Level other) {
            return this == CONSTANT ? other : this;
        }
    }

    static final Type ERROR = new Type(Category.ERROR, Level.CONSTANT, null);

    static Type number(Level level, Measure measure) {
        return new Type(Category.NUMBER, level, measure);
    }

    static Type condition(Level level) {
        return new Type(Category.CONDITION, level, null);
    }

    boolean isError() {
        return category == Category.ERROR;
    }

    boolean isNumber() {
        return category == Category.NUMBER;
    }
}
