package org.profmonitor.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.model.Direction;

class RankingsAndZonesTest {

    private final Fixture fixture = new Fixture();

    private static IndicatorValue of(List<IndicatorValue> values, String unit) {
        return values.stream().filter(v -> v.unit().code().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void unitsAreRankedBestFirstWithinTheirLevelAndTiesShareARank() {
        List<IndicatorValue> values = fixture.values();
        Map<IndicatorValue, Integer> ranks = Rankings.rank(values);

        assertEquals(1, ranks.get(of(values, "M1")));
        assertEquals(2, ranks.get(of(values, "M2")));
        assertNull(ranks.get(of(values, "M3")), "no data, no rank");
        assertNull(ranks.get(of(values, "R")), "the region is not ranked");
        assertEquals(1, ranks.get(of(values, "A")));
        assertEquals(1, ranks.get(of(values, "B")));
        assertEquals(3, ranks.get(of(values, "C")), "1, 1, 3: the rank after a tie skips");
        assertEquals(3, ranks.get(of(values, "D")));
    }

    @Test
    void lowerIsBetterRanksTheSmallestFirst() {
        fixture.tested.setDirection(Direction.LOWER_IS_BETTER);
        List<IndicatorValue> values = fixture.values();
        Map<IndicatorValue, Integer> ranks = Rankings.rank(values);

        assertEquals(1, ranks.get(of(values, "M2")));
        assertEquals(2, ranks.get(of(values, "M1")));
    }

    @Test
    void zonesFollowTheDistanceToThePlan() {
        Fixture.figures(fixture.now, "A", 38, 40); // M1: 76 of 80 = 95 %, 5 below a plan of 100
        Fixture.figures(fixture.now, "B", 38, 40);
        Fixture.figures(fixture.now, "C", 50, 50); // C: 100 %
        List<IndicatorValue> values = fixture.values();

        assertEquals(Zone.YELLOW, Zone.of(of(values, "M1")));
        assertEquals(Zone.GREEN, Zone.of(of(values, "C")));
        assertEquals(Zone.RED, Zone.of(of(values, "D")));
        assertEquals(Zone.NONE, Zone.of(of(values, "M3")), "no data");
    }
}
