package org.profmonitor.ui.indicators.internal;

import org.profmonitor.model.IndicatorSet;

/**
 * The «Элементы данных» folder of the editor's tree, beside the criteria.
 *
 * @param set the set whose data elements it holds
 */
public record DataElementsNode(IndicatorSet set) {
}
