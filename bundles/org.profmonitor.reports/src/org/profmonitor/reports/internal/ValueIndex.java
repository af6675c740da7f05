package org.profmonitor.reports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.profmonitor.core.compute.IndicatorValue;

/** The computed values by indicator and unit, so that the row builders look them up in one step. */
public final class ValueIndex {

    private final Map<String, IndicatorValue> byKey = new HashMap<>();

    /** @param values the computed values; a later duplicate replaces an earlier one */
    public ValueIndex(List<IndicatorValue> values) {
        for (IndicatorValue value : values) {
            byKey.put(key(value.indicator().getCode(), value.unit().code()), value);
        }
    }

    /**
     * @param indicatorCode an indicator's code
     * @param unitCode a unit's code
     * @return its value, if the caller computed it
     */
    public Optional<IndicatorValue> find(String indicatorCode, String unitCode) {
        return Optional.ofNullable(byKey.get(key(indicatorCode, unitCode)));
    }

    private static String key(String indicatorCode, String unitCode) {
        return indicatorCode + '\u0000' + unitCode;
    }
}
