package org.profmonitor.region.tver.tests;

import java.time.LocalDate;
import java.util.List;

import org.profmonitor.region.testing.AbstractRegionBundleTest;
import org.profmonitor.region.testing.RegionUnderTest;

/** The Tver bundle's files: they load through the registry, survive a round trip and validate. */
class RegionBundleTest extends AbstractRegionBundleTest {

    @Override
    protected RegionUnderTest region() {
        return RegionData.REGION;
    }

    @Override
    protected Expected expected() {
        return new Expected("Тверская область", List.of("tver-2022-23", "tver-2021-22"),
                "Министерство образования Тверской области", "1371/ПК", LocalDate.of(2022, 12, 30), 4);
    }
}
