package org.profmonitor.reports.internal;

import org.profmonitor.core.compute.Units;
import org.profmonitor.model.IndicatorSet;

/**
 * What the row builders of one campaign read: the indicator set, the region's units, the values
 * the caller computed and how figures are written.
 *
 * @param set the indicator set
 * @param units the region's units
 * @param values the computed values by indicator and unit
 * @param texts how figures are written in texts
 */
public record RowSource(IndicatorSet set, Units units, ValueIndex values, ValueTexts texts) {
}
