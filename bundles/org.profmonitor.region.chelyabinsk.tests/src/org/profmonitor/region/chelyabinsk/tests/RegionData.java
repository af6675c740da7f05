package org.profmonitor.region.chelyabinsk.tests;

import org.profmonitor.region.testing.RegionUnderTest;

/** The Chelyabinsk region bundle as the tests load it. */
final class RegionData {

    static final RegionUnderTest REGION = new RegionUnderTest("org.profmonitor.region.chelyabinsk",
            "org.profmonitor.region.chelyabinsk.set2022");

    private RegionData() {
    }
}
