package org.profmonitor.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.model.Direction;
import org.profmonitor.model.UnitLevel;

/**
 * Ranks municipalities and organisations per indicator, best first in the indicator's direction,
 * as the справки do («100 % в Жарковском районе, 0 % в Молоковском»). Equal values share a rank
 * and the next rank skips (1, 2, 2, 4). Units without a value, neutral indicators and the region
 * get no rank.
 */
public final class Rankings {

    private Rankings() {
    }

    /**
     * @param values computed indicators of any levels
     * @return the rank of each value that has one, by identity of the value
     */
    public static Map<IndicatorValue, Integer> rank(List<IndicatorValue> values) {
        Map<String, List<IndicatorValue>> groups = new LinkedHashMap<>();
        for (IndicatorValue value : values) {
            UnitLevel level = value.unit().level();
            if ((level == UnitLevel.MUNICIPALITY || level == UnitLevel.ORGANISATION) && value.value() != null
                    && value.indicator().getDirection() != Direction.NEUTRAL) {
                groups.computeIfAbsent(value.indicator().getCode() + '\u0000' + level, key -> new ArrayList<>())
                        .add(value);
            }
        }
        Map<IndicatorValue, Integer> ranks = new IdentityHashMap<>();
        for (List<IndicatorValue> group : groups.values()) {
            boolean lowerIsBetter = group.get(0).indicator().getDirection() == Direction.LOWER_IS_BETTER;
            Comparator<IndicatorValue> byValue = Comparator.comparingDouble(IndicatorValue::value);
            List<IndicatorValue> sorted = new ArrayList<>(group);
            sorted.sort(lowerIsBetter ? byValue : byValue.reversed());
            for (int i = 0; i < sorted.size(); i++) {
                IndicatorValue value = sorted.get(i);
                boolean tie = i > 0 && Double.compare(sorted.get(i - 1).value(), value.value()) == 0;
                ranks.put(value, tie ? ranks.get(sorted.get(i - 1)) : Integer.valueOf(i + 1));
            }
        }
        return ranks;
    }
}
