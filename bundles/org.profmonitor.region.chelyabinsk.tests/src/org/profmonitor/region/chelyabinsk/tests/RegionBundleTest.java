package org.profmonitor.region.chelyabinsk.tests;

import java.time.LocalDate;
import java.util.List;

import org.profmonitor.region.testing.AbstractRegionBundleTest;
import org.profmonitor.region.testing.RegionUnderTest;

/** The Chelyabinsk bundle's files: they load through the registry, survive a round trip and validate. */
class RegionBundleTest extends AbstractRegionBundleTest {

    @Override
    protected RegionUnderTest region() {
        return RegionData.REGION;
    }

    @Override
    protected Expected expected() {
        return new Expected("Челябинская область", List.of("chelyabinsk-2022-23"),
                "Министерство образования и науки Челябинской области", "01/3089", LocalDate.of(2022, 12, 30), 3);
    }
}
