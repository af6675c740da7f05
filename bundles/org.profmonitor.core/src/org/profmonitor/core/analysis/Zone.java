package org.profmonitor.core.analysis;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.model.Direction;

/**
 * The colour zone of a computed indicator, as monitoring reports colour their tables: green where
 * the plan is reached, yellow where it is missed by less than a tenth of the plan (or of last
 * year's value, for "not below last year"), red where it is missed by more, none where there is no
 * plan or no value.
 */
public enum Zone {
    /** The plan is reached. */
    GREEN,
    /** The plan is missed, by less than {@link #YELLOW_BAND} of it. */
    YELLOW,
    /** The plan is missed by {@link #YELLOW_BAND} of it or more. */
    RED,
    /** Nothing to compare with: no plan, a neutral indicator, or no data. */
    NONE;

    /** How far below the plan, as a fraction of the plan, still counts as yellow. */
    public static final double YELLOW_BAND = 0.1;

    /**
     * @param value a computed indicator
     * @return its zone
     */
    public static Zone of(IndicatorValue value) {
        if (value.reached() == null || value.value() == null) {
            return NONE;
        }
        if (value.reached().booleanValue()) {
            return GREEN;
        }
        Double plan = value.target();
        if (plan == null && value.previous() != null) {
            plan = value.previous().value(); // the plan missed is "not below last year"
        }
        if (plan == null) {
            return RED;
        }
        boolean lowerIsBetter = value.indicator().getDirection() == Direction.LOWER_IS_BETTER;
        double band = Math.abs(plan.doubleValue()) * YELLOW_BAND;
        double shortfall = lowerIsBetter ? value.value() - plan : plan - value.value();
        return shortfall < band ? YELLOW : RED;
    }
}
