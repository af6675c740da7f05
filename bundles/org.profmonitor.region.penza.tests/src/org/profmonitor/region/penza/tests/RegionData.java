package org.profmonitor.region.penza.tests;

import org.profmonitor.region.testing.RegionUnderTest;

/** The Penza region bundle as the tests load it. */
final class RegionData {

    static final RegionUnderTest REGION = new RegionUnderTest("org.profmonitor.region.penza",
            "org.profmonitor.region.penza.set2021");

    private RegionData() {
    }
}
