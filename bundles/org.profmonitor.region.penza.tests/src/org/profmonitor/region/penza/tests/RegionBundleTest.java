package org.profmonitor.region.penza.tests;

import java.time.LocalDate;
import java.util.List;

import org.profmonitor.region.testing.AbstractRegionBundleTest;
import org.profmonitor.region.testing.RegionUnderTest;

/** The Penza bundle's files: they load through the registry, survive a round trip and validate. */
class RegionBundleTest extends AbstractRegionBundleTest {

    @Override
    protected RegionUnderTest region() {
        return RegionData.REGION;
    }

    @Override
    protected Expected expected() {
        return new Expected("Пензенская область", List.of("penza-bessonovka-2020-21"),
                "Управление образования Бессоновского района", "97/01-09", LocalDate.of(2021, 7, 5), 3);
    }
}
